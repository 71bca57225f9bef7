import hashlib
import sys

data = sys.stdin.buffer.read()
print(len(data), data.count(b"\n"), hashlib.sha256(data).hexdigest())
