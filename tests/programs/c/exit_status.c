#include <stdio.h>
#include <stdlib.h>

int main(void) {
    int n;
    scanf("%d", &n);
    printf("n=%d\n", n);
    if (n < 0) {
        fprintf(stderr, "negative input\n");
        exit(2);
    }
    return 0;
}
