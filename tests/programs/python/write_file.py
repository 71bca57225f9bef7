import os

for path in ["/tmp/gradebox-escape-python", "gradebox-escape-relative", "/python/gradebox-escape"]:
    try:
        with open(path, "w") as f:
            f.write("escaped")
        print("LEAK wrote", path)
    except OSError as e:
        print("blocked:", path, type(e).__name__)
