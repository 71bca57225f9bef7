# Attack: sleep an hour. The wall-clock deadline must end it (timed_out) promptly.
import time

print("going to sleep", flush=True)
time.sleep(3600)
print("LEAK woke up")
