console.log("start");
function parse(s) {
  if (!s) throw new Error("empty input");
}
parse("");
console.log("never");
