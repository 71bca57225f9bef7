# The right answer, then an uncaught exception: a crash is a crash (runtime_error).
print(sum(map(int, input().split())), flush=True)
raise ValueError("after the answer")
