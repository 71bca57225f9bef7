// The right answer, then an endless loop: time_limit, whatever was printed.
const [a, b] = require("fs").readFileSync(0, "utf8").trim().split(/\s+/).map(BigInt);
console.log(String(a + b));
for (;;) {}
