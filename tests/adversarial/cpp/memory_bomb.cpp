// Allocates until the memory cap refuses.
#include <vector>
#include <cstdio>
int main() {
    std::vector<std::vector<int>> hog;
    for (;;) hog.emplace_back(1 << 20, 7);
}
