// Attack: a 1 s interval that never stops: virtual time makes it spin through intervals
// as fast as the CPU allows, so fuel ends it (deterministically), not the wall clock.
let n = 0;
setInterval(() => {
  n++;
}, 1000);
