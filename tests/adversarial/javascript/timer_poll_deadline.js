// Fidelity: the common "poll until a deadline" loop with setTimeout. In Node it prints
// "done" after ~200 ms; if Date.now() does not follow virtual timer time, it spins
// through hundreds of thousands of timers until fuel runs out.
const end = Date.now() + 200;
let ticks = 0;
function tick() {
  if (Date.now() < end) {
    ticks++;
    setTimeout(tick, 50);
  } else {
    console.log("done after", ticks, "ticks");
  }
}
tick();
