# Attack: flood stderr (unbuffered-ish, one write per line) instead of stdout.
import sys

while True:
    sys.stderr.write("E" * 100 + "\n")
