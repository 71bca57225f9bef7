import os

try:
    print("LEAK", os.listdir("/"))
except OSError as e:
    print("blocked:", type(e).__name__)
