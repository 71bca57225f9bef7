# Attack: unbounded recursion under CPython's default recursion limit: a RecursionError
# (the program's own exception, exit 1), never a crash of the host.
def down(n):
    return down(n + 1) + 1

down(0)
