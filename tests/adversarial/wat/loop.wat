;; Attack: spin forever. Must end with fuel_exhausted (deterministic), not a wall timeout.
(module
  (func (export "_start") (loop $spin (br $spin))))
