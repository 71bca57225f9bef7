;; Valid wasm, but not a WASI command: no _start export. The candidate's fault.
(module
  (memory (export "memory") 1)
  (func (export "main")))
