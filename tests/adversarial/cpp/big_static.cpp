// A 96 MiB zero-initialized array the program really uses: clang writes it into the
// object file byte for byte, past the task's 64 MiB disk limit for compiles (the
// program could not run in its 64 MiB memory limit either).
#include <cstdio>
static char a[96 << 20];
int main() {
    int i = 0;
    if (scanf("%d", &i) != 1) i = 12345;
    a[i] = 1;
    printf("%d\n", a[i ^ 1] + a[i]);
}
