#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    cin >> n;
    vector<double> v(n);
    for (auto &x : v) cin >> x;
    double mean = accumulate(v.begin(), v.end(), 0.0) / n;
    double var = 0;
    for (double x : v) var += (x - mean) * (x - mean);
    var /= n;
    cout << fixed << setprecision(6) << mean << " " << sqrt(var) << endl;
    cout << setprecision(3) << scientific << var << endl;
    cout << defaultfloat << 1.0 / 3 << " " << 1e20 << " " << 123456789.0 << endl;
}
