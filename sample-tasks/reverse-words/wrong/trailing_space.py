import sys

for line in sys.stdin:
    for word in reversed(line.split()):
        print(word, end=" ")
    print()
