;; Imports a host function nobody provides: instantiates, then traps when it is called.
(module
  (import "env" "launch_missiles" (func $launch))
  (memory (export "memory") 1)
  (func (export "_start") (call $launch)))
