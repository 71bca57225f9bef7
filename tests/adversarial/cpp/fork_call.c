// Tries to fork: WASI has no processes.
#include <unistd.h>
#include <stdio.h>
int main(void) { pid_t p = fork(); printf("%d\n", (int)p); return 0; }
