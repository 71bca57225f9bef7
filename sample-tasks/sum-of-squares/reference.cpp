#include <bits/stdc++.h>
using namespace std;

// (n-1)n(2n-1)/6 needs more than 64 bits for n = 10^12.
string to_string128(__int128 x) {
    if (x == 0) return "0";
    string s;
    while (x > 0) {
        s += char('0' + int(x % 10));
        x /= 10;
    }
    reverse(s.begin(), s.end());
    return s;
}

int main() {
    long long n;
    cin >> n;
    __int128 m = n;
    cout << to_string128((m - 1) * m * (2 * m - 1) / 6) << "\n";
}
