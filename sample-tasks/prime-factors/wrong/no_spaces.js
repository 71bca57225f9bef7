const lines = require("fs").readFileSync(0, "utf8").split("\n").filter(Boolean);
for (const line of lines) {
  let n = Number(line);
  const factors = [];
  for (let d = 2; d * d <= n; d++) while (n % d === 0) factors.push(d), (n /= d);
  if (n > 1) factors.push(n);
  console.log(`${line.trim()}  =  ${factors.join("  *  ")}`);
}
