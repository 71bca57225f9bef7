#include <stdio.h>
#include <stdlib.h>

int main(void) {
    int n;
    if (scanf("%d", &n) != 1) return 1;
    long long *a = malloc(sizeof(long long) * n);
    long long sum = 0, mx = -1;
    for (int i = 0; i < n; i++) {
        scanf("%lld", &a[i]);
        sum += a[i];
        if (a[i] > mx) mx = a[i];
    }
    printf("%lld %lld %.3f\n", sum, mx, (double)sum / n);
    free(a);
    return 0;
}
