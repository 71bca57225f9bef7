import re
import sys
from collections import Counter

for word, n in Counter(re.findall(r"[A-Za-z]+", sys.stdin.read())).items():
    print(word.lower(), n)
