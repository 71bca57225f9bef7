;; Attack: grow memory past the cap inside the start function, then trap.
(module
  (memory (export "memory") 1)
  (func $init
    (loop $grow
      (br_if $grow (i32.ne (memory.grow (i32.const 256)) (i32.const -1))))
    unreachable)
  (start $init)
  (func (export "_start")))
