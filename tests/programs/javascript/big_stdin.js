const data = std.in.readAsString();
let lines = 0;
for (let i = data.indexOf("\n"); i !== -1; i = data.indexOf("\n", i + 1)) lines++;
console.log(data.length, lines);
