# Attack: sys.exit(-1) after printing. The program ended by itself: outcome exited.
import sys

print("bye")
sys.exit(-1)
