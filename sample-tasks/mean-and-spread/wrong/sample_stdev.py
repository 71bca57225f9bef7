import statistics

n = int(input())
xs = list(map(float, input().split()))
print(statistics.mean(xs), statistics.stdev(xs))
