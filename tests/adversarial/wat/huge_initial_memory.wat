;; Attack: declare 4 GiB (65536 pages) of initial memory, so instantiation itself asks
;; the host for more than the cap. Must be memory_limit before any code runs.
(module
  (memory (export "memory") 65536)
  (func (export "_start")))
