;; Attack: fd_write with absurd iovecs: 2^32-1 of them (stderr "A" if refused), a buffer
;; running off the end of memory ("B" if refused), then 1000 iovecs all pointing at the
;; same 60,000 bytes of "G" (one call asking to write 60 MB), repeated forever. The
;; host must refuse or cap, never allocate without bound: output_limit, head kept.
(module
  (import "wasi_snapshot_preview1" "fd_write" (func $write (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
  (memory (export "memory") 2)
  (func $say (param $c i32)
    (i32.store8 (i32.const 60000) (local.get $c))
    (i32.store8 (i32.const 60001) (i32.const 10))
    (i32.store (i32.const 60008) (i32.const 60000))
    (i32.store (i32.const 60012) (i32.const 2))
    (drop (call $write (i32.const 2) (i32.const 60008) (i32.const 1) (i32.const 60016))))
  (func (export "_start") (local $i i32)
    ;; 1. iovs_len = 0xFFFFFFFF
    (if (call $write (i32.const 1) (i32.const 0) (i32.const -1) (i32.const 60020))
      (then (call $say (i32.const 65))))
    ;; 2. one iovec whose buffer runs past the end of memory
    (i32.store (i32.const 0) (i32.const 131000))
    (i32.store (i32.const 4) (i32.const 0x7FFFFFFF))
    (if (call $write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 60020))
      (then (call $say (i32.const 66))))
    ;; 3. 1000 iovecs of 64 KiB each over the same bytes
    (memory.fill (i32.const 0) (i32.const 71) (i32.const 60000))
    (local.set $i (i32.const 0))
    (loop $fill
      (i32.store (i32.add (i32.const 65536) (i32.mul (local.get $i) (i32.const 8))) (i32.const 0))
      (i32.store (i32.add (i32.const 65540) (i32.mul (local.get $i) (i32.const 8))) (i32.const 60000))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $fill (i32.lt_u (local.get $i) (i32.const 1000))))
    (loop $forever
      (drop (call $write (i32.const 1) (i32.const 65536) (i32.const 1000) (i32.const 60020)))
      (br $forever))
    (call $exit (i32.const 0))))
