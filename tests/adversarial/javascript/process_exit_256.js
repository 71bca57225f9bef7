// Attack: process.exit(256) after printing. The program ended by itself: outcome exited
// (never a trap), with the status Node would give.
console.log("bye");
process.exit(256);
