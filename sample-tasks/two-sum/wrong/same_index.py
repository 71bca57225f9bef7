def two_sum(nums, target):
    # Builds the map first, so a number can pair with itself.
    index = {x: i for i, x in enumerate(nums)}
    for i, x in enumerate(nums):
        if target - x in index:
            return sorted([i, index[target - x]])
    return []
