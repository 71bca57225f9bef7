// Tries to open host files from a C answer: nothing outside stdin/stdout is visible.
#include <stdio.h>
int main(void) {
    const char *paths[] = {"/etc/passwd", "/usr/include/stdio.h", "main.c", "/proc/self/environ"};
    for (int i = 0; i < 4; i++) {
        FILE *f = fopen(paths[i], "r");
        printf("%s %s\n", paths[i], f ? "LEAK" : "closed");
    }
    return 0;
}
