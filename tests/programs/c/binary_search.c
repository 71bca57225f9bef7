#include <stdio.h>

int lower_bound(const int *a, int n, int x) {
    int lo = 0, hi = n;
    while (lo < hi) {
        int mid = lo + (hi - lo) / 2;
        if (a[mid] < x) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

int main(void) {
    int n, q, a[1000];
    scanf("%d", &n);
    for (int i = 0; i < n; i++) scanf("%d", &a[i]);
    scanf("%d", &q);
    while (q--) {
        int x;
        scanf("%d", &x);
        int i = lower_bound(a, n, x);
        printf("%d %s\n", i, (i < n && a[i] == x) ? "found" : "missing");
    }
    return 0;
}
