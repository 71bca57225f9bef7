// The right answer, then process.exit(255): a non-zero exit (runtime_error).
const [a, b] = require("fs").readFileSync(0, "utf8").trim().split(/\s+/).map(BigInt);
console.log(String(a + b));
process.exit(255);
