# Attack on fidelity: a sleep must advance the program's (virtual) clocks by what was
# slept, as docs/exec.md promises and as real CPython does. Otherwise the common
# "poll until a deadline" loop below never ends: it would sleep for real, 50 ms at a
# time, until the wall-clock deadline kills it. Expected: "done" after 4 sleeps.
import time

t0, m0 = time.time(), time.monotonic()
deadline = time.monotonic() + 0.2
naps = 0
while time.monotonic() < deadline:
    time.sleep(0.05)
    naps += 1
print("time.time advanced:", time.time() - t0 >= 0.2)
print("monotonic advanced:", time.monotonic() - m0 >= 0.2)
print("done after", naps, "naps")
