def matmul(a, b):
    n, p = len(a), len(b[0])
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for i in range(n)] for j in range(p)]
