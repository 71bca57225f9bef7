;; table.grow 64Ki elements at a time until the host refuses, then exit 0: tables count
;; against the memory cap, and the refusal is a memory_limit although the module exits.
(module
  (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
  (table $t 0 funcref)
  (memory (export "memory") 1)
  (func (export "_start")
    (block $refused
      (loop $grow
        (br_if $refused (i32.eq (table.grow $t (ref.null func) (i32.const 65536)) (i32.const -1)))
        (br $grow)))
    (call $exit (i32.const 0))))
