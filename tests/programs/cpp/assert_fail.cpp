#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    cin >> n;
    cout << "checking " << n << endl;
    assert(n % 2 == 0 && "n must be even");
    cout << "even" << endl;
}
