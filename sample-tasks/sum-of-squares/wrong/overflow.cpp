#include <iostream>
using namespace std;

int main() {
    long long n;
    cin >> n;
    // Overflows 64 bits for large n.
    cout << (n - 1) * n * (2 * n - 1) / 6 << endl;
}
