console.log("before exit");
std.exit(3);
console.log("after exit");
