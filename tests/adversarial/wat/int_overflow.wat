;; Attack: INT_MIN / -1, the other trapping integer division.
(module
  (memory (export "memory") 1)
  (func (export "_start")
    (i32.store (i32.const 0) (i32.const -1))
    (drop (i32.div_s (i32.const 0x80000000) (i32.load (i32.const 0))))))
