;; proc_exit with a status a shell would wrap (argv[1] absent: 511). The program ended by
;; itself: `exited`, with the low byte of the status as Linux reports it (511 -> 255).
(module
  (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
  (memory (export "memory") 1)
  (func (export "_start")
    (call $exit (i32.const 511))
    unreachable))
