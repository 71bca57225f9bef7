;; Attack: grow linear memory 1 MiB at a time until the cap refuses, then exit 0 as if
;; nothing happened. The refusal must still be reported as memory_limit.
(module
  (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
  (memory (export "memory") 1)
  (func (export "_start")
    (block $refused
      (loop $grow
        (br_if $refused (i32.eq (memory.grow (i32.const 16)) (i32.const -1)))
        (br $grow)))
    (call $exit (i32.const 0))))
