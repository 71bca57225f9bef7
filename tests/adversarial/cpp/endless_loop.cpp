// Spins forever: ends on fuel.
int main() { volatile unsigned long long i = 0; for (;;) i++; }
