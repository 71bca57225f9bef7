// Attack: `import * as os from 'os'` and `import * as std from 'std'` (QuickJS's bare
// names; in Node 'os' is Node's module and 'std' does not exist). Whatever they resolve
// to, nothing of the host may come through them.
import * as os from "os";

console.log("os keys:", Object.keys(os).length > 0);
for (const name of ["hostname", "homedir", "userInfo", "cpus", "networkInterfaces", "tmpdir"]) {
  try {
    const r = typeof os[name] === "function" ? os[name]() : undefined;
    console.log(name + ":", JSON.stringify(r));
  } catch (e) {
    console.log(name + ": blocked (" + e.name + ")");
  }
}
try {
  const std = await import("std");
  console.log("std:", typeof std.loadFile === "function" ? String(std.loadFile("/etc/passwd")) : "no loadFile");
} catch (e) {
  console.log("std: blocked (" + e.message + ")");
}
