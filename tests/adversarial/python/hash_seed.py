# Determinism across installations: str hashing (hence the iteration order of sets of
# strings, which answers print all the time) must not depend on a secret drawn when the
# runtime was built. Two installs of the same gradebox must print the same line here;
# with randomization off (PYTHONHASHSEED=0 when the interpreter is pre-initialized) they do.
import sys

print("hash_randomization", sys.flags.hash_randomization)
print(sorted({"apple", "banana", "cherry"}) == ["apple", "banana", "cherry"], len({hash(s) for s in "abc"}))
