import * as fs from "fs";

const input: string = fs.readFileSync(0, "utf8");
const nums: number[] = input.split(/\s+/).filter((s: string) => s.length > 0).map(Number);
const total: number = nums.reduce((a: number, b: number) => a + b, 0);
console.log(`count=${nums.length} sum=${total}`);
