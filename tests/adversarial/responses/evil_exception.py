# Attack on the error path: raise an exception whose __str__ and __repr__ raise too,
# and whose class name claims success.
class AllTestsPassed(Exception):
    def __str__(self):
        raise RuntimeError("no description for you")

    def __repr__(self):
        raise RuntimeError("no repr either")


def two_sum(nums, target):
    raise AllTestsPassed()
