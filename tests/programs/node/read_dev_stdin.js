const fs = require("fs");
const lines = fs.readFileSync("/dev/stdin", "utf-8").split(/\r?\n/).filter(Boolean);
for (const line of lines) {
  const [a, b] = line.split(" ").map(Number);
  console.log(a * b);
}
