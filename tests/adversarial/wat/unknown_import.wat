;; Attack: import a host function nobody provides and call it. Must be a trap naming it,
;; never a load failure of gradebox or a call into something real.
(module
  (import "env" "launch_missiles" (func $launch (param i32) (result i32)))
  (memory (export "memory") 1)
  (func (export "_start") (drop (call $launch (i32.const 1)))))
