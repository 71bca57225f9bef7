# Attack: stdin is the only input; try to read it twice (seek back, reopen fd 0, open
# /dev/stdin) to find anything beyond the test's own input.
import os
import sys

first = sys.stdin.read()
print("first:", first.strip())
for name, attempt in [
    ("seek", lambda: (sys.stdin.seek(0), sys.stdin.read())[1]),
    ("os.lseek", lambda: (os.lseek(0, 0, os.SEEK_SET), os.read(0, 100))[1]),
    ("reopen fd 0", lambda: open(0, closefd=False).read()),
    ("/dev/stdin", lambda: open("/dev/stdin").read()),
]:
    try:
        print(name + ":", repr(attempt()))
    except (OSError, ValueError) as e:
        print(name + ": blocked", type(e).__name__)
