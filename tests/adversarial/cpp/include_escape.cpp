// Tries to climb out of the compiler's folders with a relative include.
#include "../../../../../../etc/hostname"
int main() {}
