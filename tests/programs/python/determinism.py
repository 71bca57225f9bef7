import os
import random
import time
import uuid

print(random.random(), random.randint(1, 10**9))
print(os.urandom(8).hex(), uuid.uuid4())
print(time.time(), time.monotonic() > 0)
print(sorted({"apple", "banana", "cherry"}), hash(12345))
total = 0
for i in range(10**5):
    total += i * i % 7
print(total)
