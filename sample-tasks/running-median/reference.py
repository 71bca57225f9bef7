import heapq
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    lo, hi = [], []  # max-heap (negated) and min-heap
    out = []
    for x in map(int, data[1 : n + 1]):
        if not lo or x <= -lo[0]:
            heapq.heappush(lo, -x)
        else:
            heapq.heappush(hi, x)
        if len(lo) > len(hi) + 1:
            heapq.heappush(hi, -heapq.heappop(lo))
        elif len(hi) > len(lo):
            heapq.heappush(lo, -heapq.heappop(hi))
        median = -lo[0] if len(lo) > len(hi) else (-lo[0] + hi[0]) / 2
        out.append("%.1f" % median)
    sys.stdout.write("\n".join(out) + "\n")


main()
