# Attack: one huge computation inside C code (a 10^8-digit power): fuel is metered in
# the interpreter's C code too, so this ends with fuel_exhausted, not a hang.
x = 3 ** (10**8)
print(x % 10)
