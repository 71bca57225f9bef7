line = input()
print(line[::-1])
print("π ≈ 3.14159 — naïve café ✓ 🦀 汉字")
