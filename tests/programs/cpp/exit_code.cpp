#include <iostream>
using namespace std;

int main() {
    int x;
    cin >> x;
    cout << "got " << x << endl;
    if (x > 10) return 3;
    return 0;
}
