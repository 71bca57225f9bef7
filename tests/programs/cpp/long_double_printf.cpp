#include <cstdio>
#include <cmath>

int main() {
    long double x;
    double y;
    scanf("%Lf %lf", &x, &y);
    printf("%.15Lf\n", sqrtl(x));
    printf("%.9f %.3e %g\n", y / 7.0, y * 1e10, y);
    printf("%10.4f|%-8d|%+d|%05d|%x|%o|%c|%s\n", 3.14159265, 42, 7, 42, 255, 8, 'z', "ok");
    return 0;
}
