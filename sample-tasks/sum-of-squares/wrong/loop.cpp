#include <bits/stdc++.h>
using namespace std;

// Adds the squares one by one, checking each term: right, but far too slow for 10^12.
int main() {
    long long n;
    cin >> n;
    vector<__int128> squares_mod;
    __int128 s = 0;
    for (long long i = 0; i < n; i++) {
        __int128 sq = (__int128)i * i;
        if (sq < 0) break;
        s += sq;
        if (i % 100000000 == 99999999) squares_mod.push_back(s % 1000000007);
    }
    string out;
    if (s == 0) out = "0";
    while (s > 0) {
        out += char('0' + int(s % 10));
        s /= 10;
    }
    reverse(out.begin(), out.end());
    cout << out << endl;
}
