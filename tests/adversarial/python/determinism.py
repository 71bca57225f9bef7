# Attack: every source of nondeterminism Python offers: wall and monotonic clocks,
# perf_counter, process_time, os.urandom, random, secrets, uuid4, hash
# randomization, id(). The output is checked byte for byte: the same on every run and
# machine (clocks start 2024-01-01T00:00:00Z and tick 1 us per reading).
import os, random, secrets, time, uuid

print("time", time.time(), time.time_ns() // 10**9)
t0 = time.monotonic(); t1 = time.monotonic()
print("monotonic advances", t1 > t0)
print("perf", time.perf_counter() > 0)
p0 = time.process_time(); sum(range(10**5)); p1 = time.process_time()
print("process_time", p0, p1, "thread_time" in dir(time))
print("urandom", os.urandom(8).hex())
print("random", random.random(), random.randint(0, 10**9))
print("secrets", secrets.token_hex(8))
print("uuid4", uuid.uuid4())
print("hash", hash(12345))  # ints are not randomized; str hashing: see hash_seed.py
