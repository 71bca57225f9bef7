#include <cstdio>

int *volatile p = nullptr;

int main() {
    printf("before\n");
    fflush(stdout);
    *(volatile int *)0x7fffffff = 1;
    printf("after %d\n", *p);
}
