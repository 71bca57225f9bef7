const text = std.loadFile("/etc/passwd");
console.log(text === null ? "blocked: loadFile" : "LEAK " + text);
const f = std.open("/etc/passwd", "r");
console.log(f === null ? "blocked: open" : "LEAK " + f.readAsString());
