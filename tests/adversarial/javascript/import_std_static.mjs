// Attack: a static `import * as std from 'std'` (QuickJS's bare module name). In Node
// there is no such module; the program fails to load, as in Node, and nothing runs.
import * as std from "std";

console.log("LEAK", typeof std.loadFile === "function" ? std.loadFile("/etc/passwd") : "std loaded");
