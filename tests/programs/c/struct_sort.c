#include <stdio.h>
#include <stdlib.h>

typedef struct { int id; double score; } Rec;

static int by_score(const void *a, const void *b) {
    const Rec *x = a, *y = b;
    if (x->score < y->score) return 1;
    if (x->score > y->score) return -1;
    return x->id - y->id;
}

int main(void) {
    int n;
    scanf("%d", &n);
    Rec *r = calloc(n, sizeof *r);
    for (int i = 0; i < n; i++) { r[i].id = i + 1; scanf("%lf", &r[i].score); }
    qsort(r, n, sizeof *r, by_score);
    for (int i = 0; i < n; i++) printf("%d:%.1f\n", r[i].id, r[i].score);
    free(r);
    return 0;
}
