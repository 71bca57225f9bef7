n = int(input())
print((n - 1) * n * (2 * n - 1) // 6)
