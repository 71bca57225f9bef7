const readline = require("readline");
const rl = readline.createInterface({ input: process.stdin, terminal: false });
const lines = [];
rl.on("line", (line) => lines.push(line));
rl.on("close", () => {
  const t = Number(lines[0]);
  for (let i = 1; i <= t; i++) {
    const [a, b] = lines[i].split(" ").map(Number);
    console.log(`Case #${i}: ${a + b}`);
  }
});
