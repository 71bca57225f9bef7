#!/usr/bin/env python3
"""Writes the hand-assembled binary modules of this folder (no wat2wasm needed):

  exit42.wasm       a minimal WASI command, byte by byte: proc_exit(42) from _start.
  locals_bomb.wasm  one function declaring 49,000 i64 locals (a 392 KB frame, written as a
                    single run-length entry of 7 bytes) that recurses: stack_overflow
                    after a few frames, whatever the wasm stack size.

Run `python3 gen_wasm.py` here to regenerate; the output is byte-for-byte stable."""


def uleb(n):
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out.append(b | 0x80)
        else:
            out.append(b)
            return bytes(out)


def sleb(n):
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        if (n == 0 and not b & 0x40) or (n == -1 and b & 0x40):
            out.append(b)
            return bytes(out)
        out.append(b | 0x80)


def vec(items):
    return uleb(len(items)) + b"".join(items)


def name(s):
    return uleb(len(s)) + s.encode()


def section(sid, body):
    return bytes([sid]) + uleb(len(body)) + body


I32, I64 = 0x7F, 0x7E


def functype(params, results):
    return b"\x60" + vec([bytes([p]) for p in params]) + vec([bytes([r]) for r in results])


def module(types, imports, funcs, memory_pages, exports, codes):
    m = b"\x00asm\x01\x00\x00\x00"
    m += section(1, vec(types))
    if imports:
        m += section(2, vec(imports))
    m += section(3, vec([uleb(t) for t in funcs]))
    m += section(5, vec([b"\x00" + uleb(memory_pages)]))
    m += section(7, vec(exports))
    m += section(10, vec([uleb(len(c)) + c for c in codes]))
    return m


def exit42():
    types = [functype([I32], []), functype([], [])]
    imports = [name("wasi_snapshot_preview1") + name("proc_exit") + b"\x00" + uleb(0)]
    # func 1 (_start): i32.const 42; call 0; end
    body = vec([]) + b"\x41" + sleb(42) + b"\x10" + uleb(0) + b"\x0b"
    exports = [name("memory") + b"\x02" + uleb(0), name("_start") + b"\x00" + uleb(1)]
    return module(types, imports, [1], 1, exports, [body])


def locals_bomb():
    types = [functype([I32], [I32]), functype([], [])]
    # func 0 ($down): 50,000 i64 locals; local 1 = extend(local 0);
    # return down(local 0 + 1) + wrap(local 1)
    locals_decl = vec([uleb(49_000) + bytes([I64])])
    body = (
        locals_decl
        + b"\x20" + uleb(0) + b"\xad"            # local.get 0; i64.extend_i32_u
        + b"\x21" + uleb(1)                       # local.set 1
        + b"\x20" + uleb(0) + b"\x41" + sleb(1) + b"\x6a"  # local.get 0; i32.const 1; i32.add
        + b"\x10" + uleb(0)                       # call $down
        + b"\x20" + uleb(1) + b"\xa7"            # local.get 1; i32.wrap_i64
        + b"\x6a" + b"\x0b"                       # i32.add; end
    )
    # func 1 (_start): i32.const 0; call 0; drop; end
    start = vec([]) + b"\x41" + sleb(0) + b"\x10" + uleb(0) + b"\x1a" + b"\x0b"
    exports = [name("memory") + b"\x02" + uleb(0), name("_start") + b"\x00" + uleb(1)]
    return module(types, [], [0, 1], 1, exports, [body, start])


if __name__ == "__main__":
    for fname, build in [("exit42.wasm", exit42), ("locals_bomb.wasm", locals_bomb)]:
        with open(fname, "wb") as f:
            f.write(build())
