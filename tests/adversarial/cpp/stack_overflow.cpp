// Recursion without end: an overflow, never a crash of the host.
#include <cstdio>
int f(int n) { volatile int pad[4] = {n, n, n, n}; return f(n + 1) + pad[n & 3]; }
int main() { printf("%d\n", f(0)); }
