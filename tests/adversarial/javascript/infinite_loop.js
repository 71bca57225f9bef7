// Attack: spin forever. Must be fuel_exhausted (deterministic).
for (;;) {}
