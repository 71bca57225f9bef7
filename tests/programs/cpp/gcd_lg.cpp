#include <bits/stdc++.h>
using namespace std;

int main() {
    long long a, b;
    cin >> a >> b;
    cout << __gcd(a, b) << " " << gcd(a, b) << " " << lcm(a, b) << "\n";
    cout << __lg(1) << " " << __lg(1000000) << " " << __lg((long long)1e18) << "\n";
    cout << __builtin_popcountll(a) << " " << __builtin_ctz(8) << " " << __builtin_clz(1) << "\n";
}
