try:
    print(open("/etc/passwd").read())
except OSError as e:
    print("blocked:", type(e).__name__)
