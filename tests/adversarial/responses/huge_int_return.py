# Attack on the serializer: return a 100,000-digit integer (int -> str conversion is
# capped at 4300 digits in CPython, which raises ValueError inside the serializer).
def two_sum(nums, target):
    return [10**100_000, 1]
