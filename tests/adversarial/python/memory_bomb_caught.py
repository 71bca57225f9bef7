# Attack: hit the cap, catch MemoryError, free everything and print a "correct" answer
# with exit 0, hoping the refusal goes unnoticed. It must still be memory_limit.
try:
    hoard = []
    while True:
        hoard.append(bytearray(10**6))
except MemoryError:
    hoard = None
print(42)
