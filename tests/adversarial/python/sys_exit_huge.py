# Attack: sys.exit(2**40) after printing. The program ended by itself: outcome exited.
import sys

print("bye")
sys.exit(2**40)
