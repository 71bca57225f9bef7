#include <math.h>
#include <stdio.h>

int main(void) {
    double x;
    scanf("%lf", &x);
    printf("%.6f %.6f %.6f %.6f\n", sqrt(x), log(x), exp(x / 10), pow(x, 1.5));
    printf("%.6f %.6f %.0f %.0f\n", sin(x), atan2(x, 1.0), floor(x / 3), ceil(x / 3));
    printf("%d %ld\n", (int)round(x * 2.5), lround(-x));
    return 0;
}
