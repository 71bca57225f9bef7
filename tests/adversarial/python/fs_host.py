# Attack: reach host files from Python: /etc/passwd, a path climbing out of the stdlib
# mount (/python/../etc/passwd), relative climbs, the home folder, /proc, and listing /.
# Prints "blocked: ..." per refusal and "LEAK ..." on any success.
import os

for path in ["/etc/passwd", "/python/../etc/passwd", "../../../../etc/passwd", "/proc/self/environ",
             os.path.expanduser("~/.bashrc"), "/root/.cache/gradebox/data", "/tmp"]:
    try:
        with open(path, "rb") as f:
            print("LEAK read", path, f.read(20))
    except OSError as e:
        print("blocked:", path, type(e).__name__)
for path in ["/", "/python/..", "..", "/etc"]:
    try:
        names = os.listdir(path)
        # The run sees only its own mounts: the standard library at /python.
        print("LEAK listdir", path, names) if set(names) - {"python"} else print("only mounts:", path, names)
    except OSError as e:
        print("blocked: listdir", path, type(e).__name__)
