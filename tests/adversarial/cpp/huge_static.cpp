// A 1 GiB zero-initialized array the program really uses: clang builds it in memory
// (and would write it to the object file byte for byte); the compile's memory limit
// stops it first, and nothing reaches the host's disk.
#include <cstdio>
static char a[1 << 30];
int main() {
    int i = 0;
    if (scanf("%d", &i) != 1) i = 12345;
    a[i] = 1;
    printf("%d\n", a[i ^ 1] + a[i]);
}
