import sys

PAIRS = {")": "(", "]": "[", "}": "{"}


def balanced(s):
    stack = []
    for c in s:
        if c in "([{":
            stack.append(c)
        elif not stack or stack.pop() != PAIRS[c]:
            return False
    return not stack


for line in sys.stdin.read().split("\n")[:-1]:
    print("YES" if balanced(line.strip()) else "NO")
