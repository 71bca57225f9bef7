#include <bits/stdc++.h>
using namespace std;

struct SegTree {
    int n;
    vector<long long> t;
    SegTree(int n) : n(n), t(4 * n) {}
    void update(int node, int l, int r, int pos, long long val) {
        if (l == r) { t[node] = val; return; }
        int mid = (l + r) / 2;
        if (pos <= mid) update(2 * node, l, mid, pos, val);
        else update(2 * node + 1, mid + 1, r, pos, val);
        t[node] = t[2 * node] + t[2 * node + 1];
    }
    long long query(int node, int l, int r, int ql, int qr) {
        if (qr < l || r < ql) return 0;
        if (ql <= l && r <= qr) return t[node];
        int mid = (l + r) / 2;
        return query(2 * node, l, mid, ql, qr) + query(2 * node + 1, mid + 1, r, ql, qr);
    }
};

int main() {
    int n, q;
    cin >> n >> q;
    SegTree st(n);
    for (int i = 0; i < n; i++) { long long x; cin >> x; st.update(1, 0, n - 1, i, x); }
    while (q--) {
        int type; cin >> type;
        if (type == 1) { int p; long long v; cin >> p >> v; st.update(1, 0, n - 1, p, v); }
        else { int l, r; cin >> l >> r; cout << st.query(1, 0, n - 1, l, r) << '\n'; }
    }
}
