;; Attack: look for host environment variables and arguments: environ_sizes_get,
;; environ_get, args_sizes_get. Prints the counts and sizes as hex: no environment at
;; all, and only what gradebox passes as arguments.
(module
  (import "wasi_snapshot_preview1" "environ_sizes_get" (func $envsz (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "environ_get" (func $env (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "args_sizes_get" (func $argsz (param i32 i32) (result i32)))
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
  (func (export "_start")
    (drop (call $envsz (i32.const 16) (i32.const 20)))
    (drop (call $env (i32.const 8192) (i32.const 16384)))
    (drop (call $argsz (i32.const 24) (i32.const 28)))
    (call $hex (i32.const 1024) (i64.load32_u (i32.const 16)))
    (call $hex (i32.const 1041) (i64.load32_u (i32.const 20)))
    (call $hex (i32.const 1058) (i64.load32_u (i32.const 24)))
    (call $hex (i32.const 1075) (i64.load32_u (i32.const 28)))
    (i32.store8 (i32.const 1091) (i32.const 10))
    (i32.store (i32.const 0) (i32.const 1024))
    (i32.store (i32.const 4) (i32.const 68))
    (drop (call $write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8)))))
