// Timers run on virtual time, and as in Node a timer's delay moves the clocks the
// program reads: Date.now(), new Date(), performance.now() and process.hrtime. Node
// prints the same (a deadline loop ends after 4 ticks; the hour has passed).
const end = Date.now() + 200;
let ticks = 0;
function tick() {
  if (Date.now() < end) {
    ticks++;
    setTimeout(tick, 50);
    return;
  }
  console.log("done after", ticks, "ticks");
  const t0 = Date.now();
  const d0 = new Date().getTime();
  const p0 = performance.now();
  const h0 = process.hrtime.bigint();
  console.time("hour");
  setTimeout(() => {
    const hour = 3600 * 1000;
    console.timeEnd("hour");
    console.log("moved:", Date.now() - t0 >= hour, new Date().getTime() - d0 >= hour, performance.now() - p0 >= hour, process.hrtime.bigint() - h0 >= BigInt(hour) * 1000000n);
  }, 3600 * 1000);
}
tick();
