;; A loop of host calls that each take a long time and cost one fuel: 64 MiB of
;; random_get (the most WASI grants at once) per iteration, forever. Fuel alone would
;; take years to end it; the time limit must, at a host-call boundary.
(module
  (import "wasi_snapshot_preview1" "random_get" (func $random_get (param i32 i32) (result i32)))
  (memory (export "memory") 1025)
  (func (export "_start")
    (loop $again
      (drop (call $random_get (i32.const 0) (i32.const 67108864)))
      (br $again))))
