;; Attack: every WASI file call a run is not given, on descriptors 0..15: fd_prestat_get
;; (finding preopens), path_open of "/", "/etc/passwd", "..", "../../etc/passwd", "." and
;; a created "/tmp/gradebox-adv-escape", path_create_directory, path_unlink_file,
;; path_symlink, path_rename, path_filestat_get, path_readlink, path_remove_directory
;; and fd_readdir. Exit code = number of calls that succeeded: 0 means nothing of the
;; host's file system was reachable.
(module
  (import "wasi_snapshot_preview1" "fd_prestat_get" (func $prestat (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "path_open"
    (func $open (param i32 i32 i32 i32 i32 i64 i64 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "path_create_directory" (func $mkdir (param i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "path_unlink_file" (func $unlink (param i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "path_symlink" (func $symlink (param i32 i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "path_rename" (func $rename (param i32 i32 i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "path_filestat_get" (func $stat (param i32 i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "path_readlink" (func $readlink (param i32 i32 i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "path_remove_directory" (func $rmdir (param i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_readdir" (func $readdir (param i32 i32 i32 i64 i32) (result i32)))
  (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
  (memory (export "memory") 1)
  ;; path table: (offset, length) pairs at 0..48, strings at 256+
  (data (i32.const 256) "/")
  (data (i32.const 264) "/etc/passwd")
  (data (i32.const 280) "..")
  (data (i32.const 288) "../../etc/passwd")
  (data (i32.const 312) ".")
  (data (i32.const 320) "/tmp/gradebox-adv-escape")
  (global $ok (mut i32) (i32.const 0))
  (func $count (param $errno i32)
    (if (i32.eqz (local.get $errno)) (then (global.set $ok (i32.add (global.get $ok) (i32.const 1))))))
  (func $path_ptr (param $i i32) (result i32) (i32.load (i32.mul (local.get $i) (i32.const 8))))
  (func $path_len (param $i i32) (result i32) (i32.load (i32.add (i32.mul (local.get $i) (i32.const 8)) (i32.const 4))))
  (func (export "_start") (local $fd i32) (local $p i32)
    (i32.store (i32.const 0) (i32.const 256)) (i32.store (i32.const 4) (i32.const 1))
    (i32.store (i32.const 8) (i32.const 264)) (i32.store (i32.const 12) (i32.const 11))
    (i32.store (i32.const 16) (i32.const 280)) (i32.store (i32.const 20) (i32.const 2))
    (i32.store (i32.const 24) (i32.const 288)) (i32.store (i32.const 28) (i32.const 16))
    (i32.store (i32.const 32) (i32.const 312)) (i32.store (i32.const 36) (i32.const 1))
    (i32.store (i32.const 40) (i32.const 320)) (i32.store (i32.const 44) (i32.const 24))
    (loop $fds
      (call $count (call $prestat (local.get $fd) (i32.const 1024)))
      (local.set $p (i32.const 0))
      (loop $paths
        ;; read-only open, then open with O_CREAT|O_TRUNC and all rights
        (call $count (call $open (local.get $fd) (i32.const 1) (call $path_ptr (local.get $p)) (call $path_len (local.get $p))
          (i32.const 0) (i64.const 0x1fffffff) (i64.const 0x1fffffff) (i32.const 0) (i32.const 1040)))
        (call $count (call $open (local.get $fd) (i32.const 0) (call $path_ptr (local.get $p)) (call $path_len (local.get $p))
          (i32.const 9) (i64.const 0x1fffffff) (i64.const 0x1fffffff) (i32.const 0) (i32.const 1040)))
        (call $count (call $stat (local.get $fd) (i32.const 1) (call $path_ptr (local.get $p)) (call $path_len (local.get $p)) (i32.const 2048)))
        (call $count (call $readlink (local.get $fd) (call $path_ptr (local.get $p)) (call $path_len (local.get $p)) (i32.const 4096) (i32.const 256) (i32.const 1040)))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (br_if $paths (i32.lt_u (local.get $p) (i32.const 6))))
      (call $count (call $mkdir (local.get $fd) (i32.const 320) (i32.const 24)))
      (call $count (call $unlink (local.get $fd) (i32.const 264) (i32.const 11)))
      (call $count (call $symlink (i32.const 264) (i32.const 11) (local.get $fd) (i32.const 320) (i32.const 24)))
      (call $count (call $rename (local.get $fd) (i32.const 264) (i32.const 11) (local.get $fd) (i32.const 320) (i32.const 24)))
      (call $count (call $rmdir (local.get $fd) (i32.const 280) (i32.const 2)))
      (call $count (call $readdir (local.get $fd) (i32.const 4096) (i32.const 4096) (i64.const 0) (i32.const 1040)))
      (local.set $fd (i32.add (local.get $fd) (i32.const 1)))
      (br_if $fds (i32.lt_u (local.get $fd) (i32.const 16))))
    (call $exit (global.get $ok))))
