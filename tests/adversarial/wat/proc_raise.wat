;; Attack: proc_raise(SIGKILL=9) and sched_yield in a loop: neither may signal the host;
;; the yields cost fuel like any loop.
(module
  (import "wasi_snapshot_preview1" "proc_raise" (func $raise (param i32) (result i32)))
  (import "wasi_snapshot_preview1" "sched_yield" (func $yield (result i32)))
  (memory (export "memory") 1)
  (func (export "_start")
    (drop (call $raise (i32.const 9)))
    (loop $spin (drop (call $yield)) (br $spin))))
