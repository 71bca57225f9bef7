;; Attack: a wasm start function (runs during instantiation, before _start) that traps.
(module
  (memory (export "memory") 1)
  (func $init unreachable)
  (start $init)
  (func (export "_start")))
