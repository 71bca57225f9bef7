import statistics

n = int(input())
xs = list(map(float, input().split()))[:n]
print(statistics.fmean(xs), statistics.pstdev(xs))
