;; Attack: sock_accept, sock_recv, sock_send and sock_shutdown on descriptors 0..15
;; (stdin/stdout/stderr included; a listener would be preopened at 3). Exit code = number
;; of calls that succeeded (want 0).
(module
  (import "wasi_snapshot_preview1" "sock_accept" (func $accept (param i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "sock_recv" (func $recv (param i32 i32 i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "sock_send" (func $send (param i32 i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "sock_shutdown" (func $shutdown (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
  (memory (export "memory") 1)
  (global $ok (mut i32) (i32.const 0))
  (func $count (param $errno i32)
    (if (i32.eqz (local.get $errno)) (then (global.set $ok (i32.add (global.get $ok) (i32.const 1))))))
  (func (export "_start") (local $fd i32)
    (i32.store (i32.const 0) (i32.const 256))
    (i32.store (i32.const 4) (i32.const 16))
    (loop $fds
      (call $count (call $accept (local.get $fd) (i32.const 0) (i32.const 64)))
      (call $count (call $recv (local.get $fd) (i32.const 0) (i32.const 1) (i32.const 0) (i32.const 64) (i32.const 68)))
      (call $count (call $send (local.get $fd) (i32.const 0) (i32.const 1) (i32.const 0) (i32.const 64)))
      (call $count (call $shutdown (local.get $fd) (i32.const 3)))
      (local.set $fd (i32.add (local.get $fd) (i32.const 1)))
      (br_if $fds (i32.lt_u (local.get $fd) (i32.const 16))))
    (call $exit (global.get $ok))))
