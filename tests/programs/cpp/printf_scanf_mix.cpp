#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    scanf("%d", &n);
    long long total = 0;
    char name[64];
    for (int i = 0; i < n; i++) {
        int qty;
        double price;
        scanf("%s %d %lf", name, &qty, &price);
        total += qty;
        printf("%-6s %3d %8.2f\n", name, qty, qty * price);
    }
    printf("total items: %lld\n", total);
    puts("done");
}
