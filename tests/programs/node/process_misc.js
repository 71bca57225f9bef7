console.log(process.argv.length, typeof process.env, process.platform, typeof process.hrtime.bigint());
const [s, ns] = process.hrtime();
console.log(typeof s, typeof ns);
process.on("exit", (code) => console.log("exiting with", code));
console.log(typeof process.memoryUsage().heapUsed);
