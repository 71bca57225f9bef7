// process.exit with statuses Node reports as 255: a clean exit, never a trap.
console.log("bye");
process.exit(-1);
