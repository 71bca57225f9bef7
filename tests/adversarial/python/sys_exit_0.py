# Attack: sys.exit(0) after printing. The program ended by itself: outcome exited.
import sys

print("bye")
sys.exit(0)
