# The right answer, then a flood of stderr: output_limit.
import sys

print(sum(map(int, input().split())), flush=True)
while True:
    sys.stderr.write("noise " * 100 + "\n")
