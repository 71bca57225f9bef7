;; Attack: an infinite loop inside the start function, i.e. during instantiation. Fuel
;; must already be metered there.
(module
  (memory (export "memory") 1)
  (func $init (loop $spin (br $spin)))
  (start $init)
  (func (export "_start")))
