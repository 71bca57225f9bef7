#include <bits/stdc++.h>
using namespace std;

int main() {
    vector<int> v = {1, 2, 3};
    int i;
    cin >> i;
    cout << "reading index " << i << endl;
    cout << v.at(i) << endl;
}
