const args = process.argv.slice(2);
function fail(msg) {
  console.error(msg);
  process.exit(3);
}
console.log("starting", args.length);
if (args.length === 0) fail("no arguments");
console.log("unreachable");
