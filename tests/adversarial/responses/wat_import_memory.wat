;; Imports its memory from a module nobody provides: the answer cannot be linked. That is
;; the candidate's fault (compile_error), not gradebox's.
(module
  (import "env" "memory" (memory 1))
  (func (export "_start")))
