#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int cmp(const void *a, const void *b) {
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

int main(void) {
    char buf[100];
    char *words[100];
    int n = 0;
    while (n < 100 && scanf("%99s", buf) == 1) {
        words[n] = malloc(strlen(buf) + 1);
        strcpy(words[n++], buf);
    }
    qsort(words, n, sizeof(char *), cmp);
    for (int i = 0; i < n; i++) {
        printf("%s%c", words[i], i + 1 == n ? '\n' : ' ');
        free(words[i]);
    }
    return 0;
}
