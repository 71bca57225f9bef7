# Attack: write, create, delete, rename and link anywhere: /tmp, the working folder, the
# standard library mount (read-only) and through .. from it. Every attempt must fail.
import os

attempts = [
    ("create /tmp", lambda: open("/tmp/gradebox-adv-escape-py", "w").write("x")),
    ("create relative", lambda: open("gradebox-adv-escape-rel", "w").write("x")),
    ("append stdlib", lambda: open("/python/os.py", "a").write("x")),
    ("create in stdlib", lambda: open("/python/evil.py", "w").write("x")),
    ("mkdir", lambda: os.mkdir("/python/evil")),
    ("mkdir ..", lambda: os.mkdir("/python/../gradebox-adv-dir")),
    ("remove", lambda: os.remove("/python/os.py")),
    ("rename", lambda: os.rename("/python/os.py", "/python/os2.py")),
    ("symlink", lambda: os.symlink("/etc/passwd", "/python/passwd")),
    ("truncate", lambda: os.truncate("/python/os.py", 0)),
]
for name, attempt in attempts:
    try:
        attempt()
        print("LEAK", name)
    except OSError as e:
        print("blocked:", name, type(e).__name__)
# WASI has no permission bits: chmod is accepted and changes nothing.
before = os.stat("/python/os.py").st_mode
try:
    os.chmod("/python/os.py", 0o777)
except OSError as e:
    print("blocked: chmod", type(e).__name__)
print("chmod changed nothing" if os.stat("/python/os.py").st_mode == before else "LEAK chmod")
print("stdlib intact:", os.path.getsize("/python/os.py") > 1000)
