console.log("setting exitCode");
process.exitCode = 2;
setTimeout(() => console.log("timer still runs"), 10);
