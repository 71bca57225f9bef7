xs = list(map(int, input().split()))
print(sum(xs))
print(max(xs))
print("YES" if all(a <= b for a, b in zip(xs, xs[1:])) else "NO")
