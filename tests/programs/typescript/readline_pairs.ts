import * as readline from "readline";

const rl = readline.createInterface({ input: process.stdin });
const lines: string[] = [];
rl.on("line", (line: string) => lines.push(line));
rl.on("close", () => {
  const n: number = parseInt(lines[0], 10);
  const pairs: Array<[string, number]> = [];
  for (let i = 1; i <= n; i++) {
    const [name, score] = lines[i].split(" ");
    pairs.push([name, Number(score)]);
  }
  pairs.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  for (const [name, score] of pairs) console.log(`${name}: ${score}`);
});
