# Attack: print forever. Output past the cap is dropped, the head kept, the run stopped.
while True:
    print("A" * 100)
