// Attack: the Node.js ways out: fs on host paths (read, write, list, symlink, via ..),
// child_process, net/http/https/dgram/worker_threads/vm, process.binding, dlopen.
// Prints "blocked: ..." per refusal and "LEAK ..." on success.
function attempt(name, fn) {
  try {
    const r = fn();
    console.log("LEAK " + name + " " + String(r).slice(0, 40));
  } catch (e) {
    console.log("blocked: " + name + " (" + (e.code || e.name) + ")");
  }
}
const fs = require("fs");
attempt("readFileSync /etc/passwd", () => fs.readFileSync("/etc/passwd", "utf8"));
attempt("readFileSync ../../etc/passwd", () => fs.readFileSync("../../etc/passwd", "utf8"));
attempt("writeFileSync /tmp", () => fs.writeFileSync("/tmp/gradebox-adv-escape-node", "x"));
attempt("readdirSync /", () => fs.readdirSync("/"));
attempt("symlinkSync", () => fs.symlinkSync("/etc/passwd", "/tmp/gradebox-adv-link"));
attempt("openSync fd", () => fs.openSync("/etc/passwd", "r"));
attempt("readSync fd 3", () => fs.readSync(3, Buffer.alloc(8)));
for (const mod of ["child_process", "net", "http", "https", "dgram", "worker_threads", "vm", "cluster", "dns", "tls", "inspector"]) {
  attempt("require " + mod, () => {
    const m = require(mod);
    if (mod === "child_process") return m.execSync("id");
    if (mod === "net") return m.connect(22, "127.0.0.1");
    if (mod === "vm") return m.runInNewContext("1");
    return m;
  });
}
attempt("process.binding", () => process.binding("fs"));
attempt("process.dlopen", () => process.dlopen({}, "/lib/x86_64-linux-gnu/libc.so.6"));
attempt("fetch", () => fetch("http://127.0.0.1/"));
attempt("WebAssembly", () => WebAssembly.compile);
