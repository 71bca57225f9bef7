#include <bits/stdc++.h>
using namespace std;

int main() {
    string s;
    cin >> s;
    string r = s;
    reverse(r.begin(), r.end());
    cout << (s == r ? "palindrome" : "not palindrome") << "\n";
    transform(s.begin(), s.end(), s.begin(), ::toupper);
    cout << s << " " << s.size() << " " << s.substr(1, 3) << " " << s.find("AN") << "\n";
    cout << to_string(12345) + "!" << " " << stoi("-77") + 1 << " " << stoll("9000000000") << "\n";
    set<char> letters(s.begin(), s.end());
    for (char c : letters) cout << c;
    cout << "\n";
}
