;; Attack: poll_oneoff with 0 subscriptions, 2^31 subscriptions, a subscription list
;; running past the end of memory, and an fd_read subscription on descriptor 7 (not
;; open). None may block or crash the host; the exit code is the sum of the errnos
;; (EINVAL 28 + EINVAL 28 + EFAULT 21 = 77) and a fifth call (fd 7) must return at once.
(module
  (import "wasi_snapshot_preview1" "poll_oneoff" (func $poll (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
  (memory (export "memory") 1)
  (func (export "_start") (local $sum i32)
    (local.set $sum (call $poll (i32.const 0) (i32.const 1024) (i32.const 0) (i32.const 2048)))
    (local.set $sum (i32.add (local.get $sum)
      (call $poll (i32.const 0) (i32.const 1024) (i32.const 0x80000000) (i32.const 2048))))
    (local.set $sum (i32.add (local.get $sum)
      (call $poll (i32.const 65500) (i32.const 1024) (i32.const 4) (i32.const 2048))))
    ;; fd_read (tag 1) subscription on fd 7
    (i32.store8 (i32.const 8) (i32.const 1))
    (i32.store (i32.const 16) (i32.const 7))
    (drop (call $poll (i32.const 0) (i32.const 1024) (i32.const 1) (i32.const 2048)))
    (call $exit (local.get $sum))))
