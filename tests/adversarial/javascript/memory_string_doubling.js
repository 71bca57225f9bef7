// Attack: double a string until one allocation is larger than the cap.
let s = "x";
for (;;) s += s;
