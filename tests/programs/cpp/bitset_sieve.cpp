#include <bits/stdc++.h>
using namespace std;

bitset<10000001> composite;

int main() {
    int n;
    scanf("%d", &n);
    vector<int> primes;
    for (int i = 2; i <= n; i++) {
        if (composite[i]) continue;
        primes.push_back(i);
        for (long long j = (long long)i * i; j <= n; j += i) composite[j] = 1;
    }
    printf("%zu %d\n", primes.size(), primes.back());
}
