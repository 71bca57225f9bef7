#include <cstdio>

int main() {
    long long n;
    scanf("%lld", &n);
    unsigned long long s = 0;
    for (long long i = 0; i < n; i++) s += (unsigned long long)(i * i);
    printf("%llu\n", s);
}
