;; Attack: split the memory over several linear memories (multi-memory), each under the
;; cap, together over it: 2 x 12 MiB under a 16 MiB cap. The cap is on all memory of the
;; run, so instantiation is refused: memory_limit.
(module
  (memory $a 192)
  (memory $b 192)
  (memory (export "memory") 1)
  (func (export "_start")))
