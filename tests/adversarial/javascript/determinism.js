// Attack: every source of nondeterminism: Math.random, Date, performance.now,
// process.hrtime, crypto.getRandomValues / randomUUID / randomBytes. The output is
// checked byte for byte: the same on every run and machine.
console.log("random", Math.random(), Math.random());
console.log("date", Date.now(), new Date().toISOString());
console.log("perf", performance.now() >= 0, typeof process.hrtime.bigint());
let c = globalThis.crypto;
try {
  c = require("crypto");
} catch (e) {
  console.log("crypto:", e.code);
}
if (c) {
  console.log("uuid", c.randomUUID());
  const a = new Uint32Array(2);
  c.getRandomValues(a);
  console.log("getRandomValues", a[0], a[1]);
}
const start = Date.now();
let spins = 0;
while (Date.now() === start) spins++; // the clock ticks 1 us per reading, deterministically
console.log("spins until the ms changes", spins);
