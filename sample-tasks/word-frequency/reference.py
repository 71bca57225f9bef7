import re
import sys
from collections import Counter

counts = Counter(w.lower() for w in re.findall(r"[A-Za-z]+", sys.stdin.read()))
for word, n in counts.items():
    print(word, n)
