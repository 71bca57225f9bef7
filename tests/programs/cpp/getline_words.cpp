#include <iostream>
#include <sstream>
#include <string>
#include <map>
using namespace std;

int main() {
    string line;
    map<string, int> freq;
    int lines = 0;
    while (getline(cin, line)) {
        lines++;
        stringstream ss(line);
        string w;
        while (ss >> w) freq[w]++;
    }
    cout << lines << " lines\n";
    for (auto &[w, c] : freq) cout << w << ": " << c << '\n';
}
