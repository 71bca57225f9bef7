;; An infinite loop in the wasm start function, before _start: time_limit.
(module
  (memory (export "memory") 1)
  (func $init (loop $spin (br $spin)))
  (start $init)
  (func (export "_start")))
