;; Attack: declare a table of 100 million funcrefs (800 MB of host memory) in a module
;; of a few bytes. The table cap refuses it at instantiation: a resource limit, so
;; memory_limit, like a memory declaration over the cap.
(module
  (table 100000000 funcref)
  (memory (export "memory") 1)
  (func (export "_start")))
