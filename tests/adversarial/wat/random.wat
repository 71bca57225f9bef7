;; Attack: random_get as a source of nondeterminism: 32 bytes printed as hex, which must
;; be the same on every run; then random_get of 1 MiB running past the end of the 64 KiB
;; memory: the host refuses the bad pointer (a trap: the guest's own fault) and
;; writes nothing.
(module
  (import "wasi_snapshot_preview1" "random_get" (func $random (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_write" (func $write (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
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
  (func (export "_start") (local $e i32)
    (drop (call $random (i32.const 100) (i32.const 32)))
    (call $hex (i32.const 1024) (i64.load (i32.const 100)))
    (call $hex (i32.const 1041) (i64.load (i32.const 108)))
    (call $hex (i32.const 1058) (i64.load (i32.const 116)))
    (call $hex (i32.const 1075) (i64.load (i32.const 124)))
    (i32.store8 (i32.const 1091) (i32.const 10))
    (i32.store (i32.const 0) (i32.const 1024))
    (i32.store (i32.const 4) (i32.const 68))
    (drop (call $write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8)))
    (local.set $e (call $random (i32.const 4096) (i32.const 0x100000)))
    (call $exit (local.get $e))))
