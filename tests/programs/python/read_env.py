import os

print(dict(os.environ))
print(os.environ.get("PATH"), os.environ.get("HOME"))
