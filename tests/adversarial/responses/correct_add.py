# Control: an honest answer passes every test, hidden ones included.
a, b = map(int, input().split())
print(a + b)
