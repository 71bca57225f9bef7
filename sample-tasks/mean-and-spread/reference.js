const [n, ...xs] = require("fs").readFileSync(0, "utf8").split(/\s+/).filter(Boolean).map(Number);
const mean = xs.slice(0, n).reduce((a, b) => a + b, 0) / n;
const sd = Math.sqrt(xs.slice(0, n).reduce((a, x) => a + (x - mean) ** 2, 0) / n);
console.log(mean, sd);
