// Uses C++17 features only (structured bindings, optional, variant, if-init).
#include <bits/stdc++.h>
using namespace std;

optional<int> parse(const string &s) {
    if (s.empty() || !all_of(s.begin(), s.end(), ::isdigit)) return nullopt;
    return stoi(s);
}

int main() {
    string tok;
    map<string, vector<int>> groups;
    while (cin >> tok) {
        if (auto v = parse(tok); v) groups["num"].push_back(*v);
        else groups["word"].push_back((int)tok.size());
    }
    for (const auto &[k, vs] : groups) {
        cout << k << ":";
        for (int x : vs) cout << ' ' << x;
        cout << '\n';
    }
    variant<int, string> var = string("hello");
    cout << get<string>(var) << " " << var.index() << "\n";
}
