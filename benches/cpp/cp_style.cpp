// A typical competitive-programming answer: <bits/stdc++.h>, fast I/O, macros, a
// multi-test loop, a sort, a map, a Dijkstra and a DP.
#include <bits/stdc++.h>
using namespace std;
#define ll long long
#define pb push_back
#define all(x) (x).begin(), (x).end()
const ll INF = 1e18;
const int MOD = 1e9 + 7;

vector<ll> dijkstra(int n, const vector<vector<pair<int, ll>>> &g, int src) {
    vector<ll> d(n, INF);
    priority_queue<pair<ll, int>, vector<pair<ll, int>>, greater<pair<ll, int>>> pq;
    d[src] = 0;
    pq.push({0, src});
    while (!pq.empty()) {
        auto [du, u] = pq.top();
        pq.pop();
        if (du != d[u]) continue;
        for (auto [v, w] : g[u])
            if (d[u] + w < d[v]) d[v] = d[u] + w, pq.push({d[v], v});
    }
    return d;
}

void solve() {
    int n, m;
    cin >> n >> m;
    vector<vector<pair<int, ll>>> g(n);
    map<int, int> degree;
    for (int i = 0; i < m; i++) {
        int u, v;
        ll w;
        cin >> u >> v >> w;
        --u, --v;
        g[u].pb({v, w});
        g[v].pb({u, w});
        degree[u]++, degree[v]++;
    }
    auto d = dijkstra(n, g, 0);
    vector<ll> reach;
    for (ll x : d)
        if (x < INF) reach.pb(x);
    sort(all(reach));
    vector<ll> dp(n + 1, 0);
    dp[0] = 1;
    for (int i = 1; i <= n; i++) dp[i] = (dp[i - 1] * 2 + (i >= 2 ? dp[i - 2] : 0)) % MOD;
    cout << reach.back() << ' ' << degree.size() << ' ' << dp[n] << '\n';
}

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int t;
    cin >> t;
    while (t--) solve();
    return 0;
}
