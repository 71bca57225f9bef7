;; Attack: a plain store near 4 GiB in a module that has no shadow stack at all. It is an
;; ordinary out-of-bounds access (trapped); gradebox's heuristic for C runtimes whose
;; stack wraps below zero must not turn it into a stack_overflow.
(module
  (memory (export "memory") 1)
  (func (export "_start")
    (i32.store (i32.const 0xFFFFFFF0) (i32.const 1))))
