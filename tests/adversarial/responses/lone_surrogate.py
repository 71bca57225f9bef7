# An honest (if wrong) plain value: a str holding a lone surrogate ("\ud800" is a valid
# Python str). The harness escapes it as \ud800, which the host's JSON parser rejects, and
# the response is accused of tampering. It is just a wrong answer.
def two_sum(nums, target):
    return ["\ud800", 1]
