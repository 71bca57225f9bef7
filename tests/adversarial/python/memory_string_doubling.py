# Attack: double a string until one allocation asks for more than the cap at once.
s = "x"
while True:
    s += s
