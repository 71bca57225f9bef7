// A timer an hour away: timers run on virtual time, so the program finishes at once,
// and, as in Node, the clocks it reads have moved by the hour when the timer fires.
const t0 = Date.now();
const p0 = performance.now();
const h0 = process.hrtime.bigint();
setTimeout(() => {
  console.log("fired");
  console.log("Date.now advanced:", Date.now() - t0 >= 3600000);
  console.log("performance.now advanced:", performance.now() - p0 >= 3600000);
  console.log("hrtime advanced:", process.hrtime.bigint() - h0 >= 3600000000000n);
}, 3600 * 1000);
