#include <bits/stdc++.h>
using namespace std;
typedef __int128 i128;

string to_str(i128 x) {
    if (x == 0) return "0";
    bool neg = x < 0;
    if (neg) x = -x;
    string s;
    while (x > 0) { s += char('0' + (int)(x % 10)); x /= 10; }
    if (neg) s += '-';
    reverse(s.begin(), s.end());
    return s;
}

int main() {
    long long a, b;
    cin >> a >> b;
    i128 p = (i128)a * b;
    cout << to_str(p) << "\n" << to_str(p * p % ((i128)1 << 100)) << "\n";
}
