# Attack: look for secrets in the environment and arguments: os.environ, getenv, the
# argv gradebox passes. Nothing of the host may be visible.
import os
import sys

print("environ:", dict(os.environ))
print("HOME:", os.getenv("HOME"), "PATH:", os.getenv("PATH"), "GRADEBOX_HOME:", os.getenv("GRADEBOX_HOME"))
print("argv:", sys.argv)
print("cwd:", os.getcwd())
