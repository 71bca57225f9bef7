;; Attack: an absolute realtime subscription at u64::MAX ns and an absolute monotonic one
;; at u64::MAX: overflow bait for the host's virtual clock. Must end at the deadline.
(module
  (import "wasi_snapshot_preview1" "poll_oneoff" (func $poll (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (func (export "_start")
    (i32.store8 (i32.const 8) (i32.const 0))
    (i32.store (i32.const 16) (i32.const 0))
    (i64.store (i32.const 24) (i64.const -1))
    (i32.store16 (i32.const 40) (i32.const 1))
    (i32.store8 (i32.const 56) (i32.const 0))
    (i32.store (i32.const 64) (i32.const 1))
    (i64.store (i32.const 72) (i64.const -1))
    (i32.store16 (i32.const 88) (i32.const 1))
    (drop (call $poll (i32.const 0) (i32.const 256) (i32.const 2) (i32.const 512)))))
