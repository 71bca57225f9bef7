;; Attack: an active data segment placed past the end of memory: instantiation fails.
(module
  (memory (export "memory") 1)
  (data (i32.const 0xFFFF0000) "boom")
  (func (export "_start")))
