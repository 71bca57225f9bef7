# Attack: allocate 1 MB buffers until the memory cap refuses. CPython turns the refusal
# into MemoryError and exits 1 by itself; the run must still be memory_limit.
hoard = []
while True:
    hoard.append(bytearray(10**6))
