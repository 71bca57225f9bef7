n = int(input())
seen = []
for _ in range(n):
    seen.append(int(input()))
    s = sorted(seen)
    k = len(s)
    m = s[k // 2] if k % 2 else (s[k // 2 - 1] + s[k // 2]) / 2
    print("%.1f" % m)
