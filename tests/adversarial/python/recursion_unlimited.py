# Attack: lift the recursion limit, then recurse forever. CPython 3.14 keeps Python
# frames on its heap, so this grows memory until the cap refuses (memory_limit).
import sys

sys.setrecursionlimit(10**9)


def down(n):
    return down(n + 1) + 1


down(0)
