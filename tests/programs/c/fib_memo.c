#include <stdio.h>
#include <string.h>

#define MOD 1000000007LL
long long memo[100001];

long long fib(int n) {
    if (n < 2) return n;
    if (memo[n] != -1) return memo[n];
    return memo[n] = (fib(n - 1) + fib(n - 2)) % MOD;
}

int main(void) {
    memset(memo, -1, sizeof memo);
    int n;
    scanf("%d", &n);
    printf("%lld\n", fib(n));
    return 0;
}
