# Attack: recursion inside C code, not Python frames: comparing two lists nested 100,000
# deep recurses in CPython's list comparison. With the recursion limit lifted, only the
# interpreter's own C stack (in linear memory) bounds it: it must end as a
# stack_overflow of the program, never a host crash.
import sys

sys.setrecursionlimit(10**9)
a, b = [], []
for _ in range(100_000):
    a, b = [a], [b]
print(a == b)
