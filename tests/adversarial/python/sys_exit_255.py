# Attack: sys.exit(255) after printing. The program ended by itself: outcome exited.
import sys

print("bye")
sys.exit(255)
