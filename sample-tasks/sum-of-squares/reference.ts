import { readFileSync } from "fs";

const n: bigint = BigInt(readFileSync(0, "utf8").trim());
const sum: bigint = n === 0n ? 0n : ((n - 1n) * n * (2n * n - 1n)) / 6n;
console.log(sum.toString());
