import { createInterface } from "readline";

const rl = createInterface({ input: process.stdin });
const rows = [];
for await (const line of rl) {
  if (line) rows.push(line.split(",").map(Number));
}
const sums = rows.map((r) => r.reduce((a, b) => a + b, 0));
console.log(sums.join(" "));
await new Promise((r) => setTimeout(r, 10));
console.log("done");
