;; Hostile testlib checker: it checks it can read /check/input (else FAIL), then tries
;; to create files in its read-only /check folder (fd 3) and to open ../../etc/passwd
;; and /etc/passwd from it; exits 0 (OK) only if every attempt failed, so the verdict is
;; pass.
(module
  (import "wasi_snapshot_preview1" "fd_write" (func $write (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
  (import "wasi_snapshot_preview1" "poll_oneoff" (func $poll (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "path_open"
    (func $open (param i32 i32 i32 i32 i32 i64 i64 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (func $say (param $ptr i32) (param $len i32)
    (i32.store (i32.const 0) (local.get $ptr))
    (i32.store (i32.const 4) (local.get $len))
    (drop (call $write (i32.const 2) (i32.const 0) (i32.const 1) (i32.const 8))))
  (data (i32.const 1024) "output")
  (data (i32.const 1040) "new-file")
  (data (i32.const 1056) "../../etc/passwd")
  (data (i32.const 1080) "/etc/passwd")
  (data (i32.const 1100) "LEAK\n")
  (data (i32.const 1120) "input")
  (data (i32.const 1130) "probe broken: cannot read /check/input\n")
  (global $ok (mut i32) (i32.const 0))
  (func $try (param $path i32) (param $len i32) (param $oflags i32) (param $rights i64)
    (if (i32.eqz (call $open (i32.const 3) (i32.const 0) (local.get $path) (local.get $len)
                   (local.get $oflags) (local.get $rights) (i64.const 0) (i32.const 0) (i32.const 200)))
      (then (global.set $ok (i32.add (global.get $ok) (i32.const 1))))))
  (func (export "_start")
    ;; O_TRUNC on the candidate's output, O_CREAT of a new file (rights: fd_write = 1<<6)
    (call $try (i32.const 1024) (i32.const 6) (i32.const 8) (i64.const 64))
    (call $try (i32.const 1040) (i32.const 8) (i32.const 1) (i64.const 64))
    (call $try (i32.const 1056) (i32.const 16) (i32.const 0) (i64.const 2))
    (call $try (i32.const 1080) (i32.const 11) (i32.const 0) (i64.const 2))
    (if (global.get $ok) (then (call $say (i32.const 1100) (i32.const 5)) (call $exit (i32.const 1))))
    ;; the probe is meaningful only if fd 3 is the checker's own folder: reading works
    (if (call $open (i32.const 3) (i32.const 0) (i32.const 1120) (i32.const 5)
          (i32.const 0) (i64.const 2) (i64.const 0) (i32.const 0) (i32.const 200))
      (then (call $say (i32.const 1130) (i32.const 39)) (call $exit (i32.const 3))))
    (call $exit (i32.const 0))))
