def parse(text):
    raise ValueError("cannot parse " + repr(text))


parse("abc")
