;; Attack: read every clock to fingerprint the host or break determinism:
;; clock_time_get for realtime (0), monotonic (1), process (2) and thread (3) cputime,
;; twice each, and clock_res_get for all four. Prints "errno value" per call as hex; the
;; output must be identical on every run and machine (realtime starts 2024-01-01).
(module
  (import "wasi_snapshot_preview1" "clock_time_get" (func $time (param i32 i64 i32) (result i32)))
  (import "wasi_snapshot_preview1" "clock_res_get" (func $res (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_write" (func $write (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  ;; writes $v as 16 hex digits and a space at $at
  (func $hex (param $at i32) (param $v i64) (local $i i32) (local $d i32)
    (local.set $i (i32.const 15))
    (loop $digits
      (local.set $d (i32.wrap_i64 (i64.and (local.get $v) (i64.const 15))))
      (i32.store8 (i32.add (local.get $at) (local.get $i))
        (i32.add (local.get $d) (select (i32.const 48) (i32.const 87) (i32.lt_u (local.get $d) (i32.const 10)))))
      (local.set $v (i64.shr_u (local.get $v) (i64.const 4)))
      (local.set $i (i32.sub (local.get $i) (i32.const 1)))
      (br_if $digits (i32.ge_s (local.get $i) (i32.const 0))))
    (i32.store8 (i32.add (local.get $at) (i32.const 16)) (i32.const 32)))
  (func $line (param $errno i32) (param $v i64)
    (call $hex (i32.const 1024) (i64.extend_i32_u (local.get $errno)))
    (call $hex (i32.const 1041) (local.get $v))
    (i32.store8 (i32.const 1057) (i32.const 10))
    (i32.store (i32.const 0) (i32.const 1024))
    (i32.store (i32.const 4) (i32.const 34))
    (drop (call $write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8))))
  (func (export "_start") (local $id i32) (local $e i32)
    (loop $ids
      (i64.store (i32.const 16) (i64.const 0))
      (local.set $e (call $time (local.get $id) (i64.const 1) (i32.const 16)))
      (call $line (local.get $e) (i64.load (i32.const 16)))
      (i64.store (i32.const 16) (i64.const 0))
      (local.set $e (call $time (local.get $id) (i64.const 1) (i32.const 16)))
      (call $line (local.get $e) (i64.load (i32.const 16)))
      (i64.store (i32.const 16) (i64.const 0))
      (local.set $e (call $res (local.get $id) (i32.const 16)))
      (call $line (local.get $e) (i64.load (i32.const 16)))
      (local.set $id (i32.add (local.get $id) (i32.const 1)))
      (br_if $ids (i32.lt_u (local.get $id) (i32.const 4))))))
