// Node's documented order. (From the main module a zero timeout races setImmediate in
// Node itself; inside a callback the immediate always comes first, as below.)
console.log("1 sync");
process.nextTick(() => console.log("3 nextTick"));
Promise.resolve().then(() => console.log("4 promise"));
queueMicrotask(() => console.log("5 microtask"));
(async () => {
  console.log("2 async start");
  await null;
  console.log("4b after await");
})();
setTimeout(() => {
  console.log("6 first timer");
  setTimeout(() => console.log("8 timeout 0 from a timer"), 0);
  setImmediate(() => {
    console.log("7 immediate from a timer");
    process.nextTick(() => console.log("7b tick inside immediate"));
  });
}, 1);
setTimeout(() => {
  console.log("9 timeout 50");
  process.nextTick(() => console.log("10 tick inside timer"));
  Promise.resolve().then(() => console.log("11 promise inside timer"));
}, 50);
setTimeout(() => console.log("12 timeout 50 second"), 50);
