/* Attack, from C through wasi-libc (as a compiled contestant binary would): open
 * /etc/passwd, list /, create a file in /tmp, read the environment and argv, and read
 * descriptor 3 (where a preopen or socket would be). Prints "blocked: ..." per
 * refusal, "LEAK ..." on success. Build: clang-14 --target=wasm32-wasi --sysroot=/usr -Os -Wl,--strip-all -o c_probe.wasm c_probe.c */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

extern char **environ;

int main(int argc, char **argv) {
    FILE *f = fopen("/etc/passwd", "r");
    printf(f ? "LEAK passwd\n" : "blocked: fopen /etc/passwd (%s)\n", strerror(errno));
    DIR *d = opendir("/");
    printf(d ? "LEAK opendir /\n" : "blocked: opendir / (%s)\n", strerror(errno));
    FILE *w = fopen("/tmp/gradebox-adv-c-escape", "w");
    printf(w ? "LEAK fopen w\n" : "blocked: create /tmp file (%s)\n", strerror(errno));
    int n = 0;
    for (char **e = environ; e && *e; e++) n++;
    printf("environ entries: %d, HOME=%s\n", n, getenv("HOME") ? getenv("HOME") : "(none)");
    printf("argc: %d\n", argc);
    char buf[16];
    ssize_t r = read(3, buf, sizeof buf);
    printf(r >= 0 ? "LEAK fd 3\n" : "blocked: read fd 3 (%s)\n", strerror(errno));
    return 0;
}
