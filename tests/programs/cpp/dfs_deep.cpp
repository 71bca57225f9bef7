// A path graph of 10^6 vertices walked by recursive DFS, as on Codeforces.
#include <bits/stdc++.h>
using namespace std;

const int N = 1000000;
vector<int> adj[N];
int depth_of[N];

void dfs(int u, int p, int d) {
    depth_of[u] = d;
    for (int v : adj[u])
        if (v != p) dfs(v, u, d + 1);
}

int main() {
    int n;
    scanf("%d", &n);
    for (int i = 1; i < n; i++) {
        adj[i - 1].push_back(i);
        adj[i].push_back(i - 1);
    }
    dfs(0, -1, 0);
    long long sum = 0;
    for (int i = 0; i < n; i++) sum += depth_of[i];
    printf("%d %lld\n", depth_of[n - 1], sum);
}
