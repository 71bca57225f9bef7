;; Tries path_open on descriptors 3..9 (where preopens would be): exit code = how many
;; succeeded, so 0 means nothing of the host's file system was reachable.
(module
  (import "wasi_snapshot_preview1" "path_open"
    (func $open (param i32 i32 i32 i32 i32 i64 i64 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
  (memory (export "memory") 1)
  (data (i32.const 64) "etc/passwd")
  (func (export "_start") (local $fd i32) (local $opened i32)
    (local.set $fd (i32.const 3))
    (loop $next
      (if (i32.eqz (call $open (local.get $fd) (i32.const 0) (i32.const 64) (i32.const 10)
                     (i32.const 0) (i64.const 0) (i64.const 0) (i32.const 0) (i32.const 200)))
        (then (local.set $opened (i32.add (local.get $opened) (i32.const 1)))))
      (local.set $fd (i32.add (local.get $fd) (i32.const 1)))
      (br_if $next (i32.lt_u (local.get $fd) (i32.const 10))))
    (call $exit (local.get $opened))))
