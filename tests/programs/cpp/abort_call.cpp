#include <cstdio>
#include <cstdlib>

int main() {
    printf("about to abort\n");
    fflush(stdout);
    abort();
}
