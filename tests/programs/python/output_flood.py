while True:
    print("spam " * 200)
