# Attack: bypass sys.stdout and write straight to descriptor 1 with os.write.
import os

chunk = b"B" * 65536
while True:
    os.write(1, chunk)
