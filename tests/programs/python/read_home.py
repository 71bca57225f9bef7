import os

for path in ["/root", "/home", os.path.expanduser("~"), "/root/.bashrc", "../../../../etc/hostname"]:
    try:
        print("LEAK", path, os.listdir(path) if not path.endswith(("bashrc", "hostname")) else open(path).read())
    except OSError as e:
        print("blocked:", path, type(e).__name__)
print("HOME" in os.environ)
