const readline = require("readline");

async function main() {
  const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  let total = 0;
  let count = 0;
  for await (const line of rl) {
    if (line.trim() === "") continue;
    total += Number(line);
    count++;
  }
  console.log(`count=${count} total=${total} mean=${(total / count).toFixed(3)}`);
}

main();
