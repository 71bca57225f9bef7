;; A store at 0xFFFFFFF0 in a module with no stack in linear memory: an ordinary
;; out-of-bounds access (trapped), not a wrapped C stack.
(module
  (memory (export "memory") 1)
  (func (export "_start")
    (i32.store (i32.const 0xFFFFFFF0) (i32.const 1))))
