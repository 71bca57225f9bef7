n = int(input())
# Includes n itself.
print(n * (n + 1) * (2 * n + 1) // 6)
