# Attack: os._exit(3): the exit status must be reported as 3, as CPython on Linux does.
import os

os._exit(3)
