import * as fs from "fs";

const input = fs.readFileSync(0, "utf8");
const nums = input.split(/\s+/).filter((s) => s.length > 0).map(Number);
const total = nums.reduce((a, b) => a + b, 0);
console.log(`count=${nums.length} sum=${total}`);
