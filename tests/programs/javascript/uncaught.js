function parse(text) {
  throw new TypeError("cannot parse " + JSON.stringify(text));
}
parse("abc");
