# The right answer, then hit the memory cap, catch MemoryError and exit 0: the refusal
# is still memory_limit.
print(sum(map(int, input().split())), flush=True)
try:
    hoard = [bytearray(10**6) for _ in range(10**4)]
except MemoryError:
    hoard = None
