#!/usr/bin/env bash
# Compiles the C checker to a WASI command with Debian's clang and wasi-libc
# (scripts/prerequisites installs them).
set -euo pipefail
cd "$(dirname "$0")"
cc=$(command -v clang-14 || command -v clang)
"$cc" --target=wasm32-wasi --sysroot=/usr -O2 -fuse-ld=lld -o lines_checker.wasm lines_checker.c
echo "$(pwd)/lines_checker.wasm"
