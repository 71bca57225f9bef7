const xs = require("fs").readFileSync(0, "utf8").trim().split(/\s+/).map(Number);
console.log(xs.reduce((a, b) => a + b, 0));
console.log(Math.max(...xs));
console.log(xs.every((x, i) => i === 0 || xs[i - 1] <= x) ? "yes" : "no");
