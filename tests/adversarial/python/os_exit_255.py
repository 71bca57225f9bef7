# Attack: os._exit(255) skips every cleanup and goes straight to the WASI exit; the
# status must survive (CPython on Linux exits 255).
import os
import sys

sys.stdout.write("bye\n")
sys.stdout.flush()
os._exit(255)
