console.log("before");
process.stdout.write("partial ");
if (true) process.exit(3);
console.log("after");
