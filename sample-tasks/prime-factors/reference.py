import sys

for line in sys.stdin:
    n = original = int(line)
    factors = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors.append(d)
            n //= d
        d += 1
    if n > 1:
        factors.append(n)
    print(f"{original} = {' * '.join(map(str, factors))}")
