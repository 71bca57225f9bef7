;; Spins forever: must end with fuel_exhausted.
(module
  (func (export "_start") (loop $spin (br $spin))))
