import { readFileSync } from "fs";
import * as readline from "node:readline";
import process from "node:process";
import { EventEmitter } from "events";
import assert from "assert";

const text = readFileSync(0, "utf8");
const words = text.split(/\s+/).filter(Boolean);
assert.ok(words.length > 0);
console.log(words.length, typeof readline.createInterface, typeof process.exit, typeof EventEmitter);
export function unused() {
  return 1;
}
