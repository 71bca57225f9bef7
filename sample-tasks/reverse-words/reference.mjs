import { createInterface } from "node:readline";

const rl = createInterface({ input: process.stdin });
for await (const line of rl) {
  console.log(line.split(/\s+/).filter(Boolean).reverse().join(" "));
}
