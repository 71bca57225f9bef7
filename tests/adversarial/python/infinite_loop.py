# Attack: spin forever. Must be fuel_exhausted (deterministic), not a wall timeout.
while True:
    pass
