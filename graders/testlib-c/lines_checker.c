/* A testlib-style checker in C, compiled to wasm32-wasi: `checker input output answer`.
 * Compares the output with the answer line by line and exits as testlib does:
 *   0 OK, 1 WA (no line right), 2 PE (right apart from spacing), 3 FAIL (bad answer
 *   file), 4 DIRT (extra lines), 7 POINTS (some lines right; the share on stderr).
 * Build: graders/testlib-c/build.sh */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { OK = 0, WA = 1, PE = 2, FAIL = 3, DIRT = 4, POINTS = 7 };
#define MAX_LINES 10000
#define MAX_LEN 4096

static int read_lines(const char *path, char **lines) {
  FILE *f = fopen(path, "r");
  if (!f) return -1;
  char buf[MAX_LEN];
  int n = 0;
  while (n < MAX_LINES && fgets(buf, sizeof buf, f)) {
    size_t len = strlen(buf);
    while (len && (buf[len - 1] == '\n' || buf[len - 1] == '\r')) buf[--len] = 0;
    lines[n++] = strdup(buf);
  }
  fclose(f);
  while (n > 0 && lines[n - 1][0] == 0) free(lines[--n]); /* trailing empty lines */
  return n;
}

/* Compares ignoring all whitespace differences. */
static int same_tokens(const char *a, const char *b) {
  for (;;) {
    while (isspace((unsigned char)*a)) a++;
    while (isspace((unsigned char)*b)) b++;
    if (!*a || !*b) return !*a && !*b;
    while (*a && !isspace((unsigned char)*a) && *a == *b) a++, b++;
    if ((*a && !isspace((unsigned char)*a)) || (*b && !isspace((unsigned char)*b))) return 0;
  }
}

int main(int argc, char **argv) {
  static char *ans[MAX_LINES], *out[MAX_LINES];
  if (argc < 4) { fprintf(stderr, "usage: checker input output answer\n"); return FAIL; }
  int na = read_lines(argv[3], ans);
  if (na <= 0) { fprintf(stderr, "the answer file is missing or empty\n"); return FAIL; }
  int no = read_lines(argv[2], out);
  if (no < 0) { fprintf(stderr, "cannot read the output\n"); return FAIL; }
  int exact = 0, spaced = 0, first_wrong = -1;
  for (int i = 0; i < na; i++) {
    if (i < no && strcmp(ans[i], out[i]) == 0) exact++;
    else if (i < no && same_tokens(ans[i], out[i])) spaced++;
    else if (first_wrong < 0) first_wrong = i;
  }
  if (exact == na) {
    if (no > na) { fprintf(stderr, "%d extra lines after the answer\n", no - na); return DIRT; }
    fprintf(stderr, "ok, %d lines\n", na);
    return OK;
  }
  if (exact + spaced == na) { fprintf(stderr, "right answers, wrong spacing on %d lines\n", spaced); return PE; }
  if (exact + spaced == 0) {
    fprintf(stderr, "line %d: expected '%s', found '%s'\n", first_wrong + 1, ans[first_wrong], first_wrong < no ? out[first_wrong] : "");
    return WA;
  }
  fprintf(stderr, "points %.4f: %d of %d lines right; line %d: expected '%s'\n", (double)(exact + spaced) / na, exact + spaced,
          na, first_wrong + 1, ans[first_wrong]);
  return POINTS;
}
