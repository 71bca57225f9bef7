;; Attack: truncating NaN to an integer traps.
(module
  (memory (export "memory") 1)
  (func (export "_start")
    (drop (i32.trunc_f32_s (f32.div (f32.load (i32.const 0)) (f32.load (i32.const 0)))))))
