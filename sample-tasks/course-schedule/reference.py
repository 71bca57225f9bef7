import sys
from collections import deque

data = sys.stdin.read().split()
n, m = int(data[0]), int(data[1])
after = [[] for _ in range(n + 1)]
indegree = [0] * (n + 1)
for i in range(m):
    u, v = int(data[2 + 2 * i]), int(data[3 + 2 * i])
    after[u].append(v)
    indegree[v] += 1
queue = deque(v for v in range(1, n + 1) if indegree[v] == 0)
order = []
while queue:
    u = queue.popleft()
    order.append(u)
    for v in after[u]:
        indegree[v] -= 1
        if indegree[v] == 0:
            queue.append(v)
print(*order)
