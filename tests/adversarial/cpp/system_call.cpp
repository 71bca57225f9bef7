// Tries to run a shell command: WASI has no processes.
#include <cstdlib>
int main() { return system("cat /etc/passwd"); }
