;; Attack: import a plausible-looking WASI function that does not exist in preview 1
;; (a "spawn"), and call it. Must trap with its name.
(module
  (import "wasi_snapshot_preview1" "proc_spawn" (func $spawn (param i32 i32) (result i32)))
  (memory (export "memory") 1)
  (func (export "_start") (drop (call $spawn (i32.const 0) (i32.const 0)))))
