;; Attack: unbounded recursion inside the start function (during instantiation).
(module
  (memory (export "memory") 1)
  (func $down (param i32) (result i32)
    (i32.add (call $down (i32.add (local.get 0) (i32.const 1))) (i32.const 1)))
  (func $init (drop (call $down (i32.const 0))))
  (start $init)
  (func (export "_start")))
