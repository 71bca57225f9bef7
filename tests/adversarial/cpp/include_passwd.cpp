// Tries to read a host file through the preprocessor: only the sysroot and the
// answer's own folder are visible to the compiler.
#include "/etc/passwd"
int main() {}
