# An honest (if wrong) plain value: a 401-digit Python int. Python ints are plain data;
# the harness writes it as a JSON number the host cannot read (out of f64 range), and the
# response is accused of tampering with the result channel. It is just a wrong answer.
def two_sum(nums, target):
    return [10**400, 1]
