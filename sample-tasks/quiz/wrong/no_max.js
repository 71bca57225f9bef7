const xs = require("fs").readFileSync(0, "utf8").trim().split(/\s+/).map(Number);
console.log(xs.reduce((a, b) => a + b, 0));
console.log(xs[xs.length - 1]);
console.log("YES");
