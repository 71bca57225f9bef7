import os
import subprocess

for name, attempt in [
    ("subprocess", lambda: subprocess.run(["ls", "/"], capture_output=True)),
    ("system", lambda: os.system("touch /tmp/gradebox-escape-system")),
    ("fork", lambda: os.fork()),
    ("popen", lambda: os.popen("id").read()),
]:
    try:
        print("LEAK", name, attempt())
    except (OSError, AttributeError, NotImplementedError) as e:
        print("blocked:", name, type(e).__name__)
