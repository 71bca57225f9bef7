#include <algorithm>
#include <iostream>
#include <string>
#include <vector>
using namespace std;

struct Student {
    string name;
    int score;
    bool operator<(const Student &o) const {
        if (score != o.score) return score > o.score;
        return name < o.name;
    }
};

int main() {
    int n;
    cin >> n;
    vector<Student> s(n);
    for (auto &x : s) cin >> x.name >> x.score;
    sort(s.begin(), s.end());
    for (size_t i = 0; i < s.size(); i++) cout << i + 1 << ". " << s[i].name << " " << s[i].score << "\n";
    auto it = lower_bound(s.begin(), s.end(), Student{"", 80});
    cout << "first below 80 at " << (it - s.begin()) << "\n";
    return 0;
}
