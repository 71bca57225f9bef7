const lines = require("fs").readFileSync(0, "utf8").trim().split("\n").map(Number);
const seen = [];
for (const x of lines.slice(1)) {
  let i = seen.length;
  seen.push(x);
  while (i > 0 && seen[i - 1] > x) {
    seen[i] = seen[i - 1];
    i--;
  }
  seen[i] = x;
  const k = seen.length;
  const m = k % 2 ? seen[(k - 1) / 2] : Math.floor((seen[k / 2 - 1] + seen[k / 2]) / 2);
  console.log(m.toFixed(1));
}
