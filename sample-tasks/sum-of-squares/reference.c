#include <stdio.h>

int main(void) {
    long long n;
    if (scanf("%lld", &n) != 1) return 1;
    unsigned __int128 m = n, s = n == 0 ? 0 : (m - 1) * m * (2 * m - 1) / 6;
    char buf[64];
    int len = 0;
    do {
        buf[len++] = (char)('0' + (int)(s % 10));
        s /= 10;
    } while (s > 0);
    while (len > 0) putchar(buf[--len]);
    putchar('\n');
    return 0;
}
