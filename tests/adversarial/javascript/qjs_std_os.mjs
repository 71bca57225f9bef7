// Attack: QuickJS's own std and os modules, imported every way (qjs:std, std, os,
// globalThis): read and write host files, list /, run processes, get the environment,
// open sockets/URLs, start a Worker, send signals. Prints "blocked: ..." per refusal and
// "LEAK ..." on success.
import * as qstd from "qjs:std";
import * as qos from "qjs:os";

const std = qstd, os = qos;
function attempt(name, fn, ok = (r) => r !== null && r !== undefined && !(typeof r === "number" && r < 0) && !(Array.isArray(r) && r[1] !== 0)) {
  try {
    const r = fn();
    console.log(ok(r) ? "LEAK " + name + " " + String(r).slice(0, 40) : "blocked: " + name);
  } catch (e) {
    console.log("blocked: " + name + " (" + e.name + ")");
  }
}
console.log("globals:", typeof globalThis.std, typeof globalThis.os);
attempt("std.loadFile /etc/passwd", () => std.loadFile("/etc/passwd"));
attempt("std.open /etc/passwd", () => std.open("/etc/passwd", "r"));
attempt("std.open ../../etc/passwd", () => std.open("../../etc/passwd", "r"));
attempt("std.open /tmp write", () => std.open("/tmp/gradebox-adv-escape-js", "w"));
attempt("std.popen", () => std.popen("id", "r"));
attempt("std.getenv HOME", () => std.getenv("HOME"));
attempt("std.getenviron", () => std.getenviron(), (r) => r && Object.keys(r).length > 0);
attempt("std.urlGet", () => std.urlGet("http://127.0.0.1/"));
attempt("os.open", () => os.open("/etc/passwd", os.O_RDONLY));
attempt("os.readdir /", () => os.readdir("/"));
attempt("os.stat /etc", () => os.stat("/etc"));
attempt("os.mkdir", () => os.mkdir("/tmp/gradebox-adv-dir"), (r) => r === 0);
attempt("os.remove", () => os.remove("/etc/passwd"), (r) => r === 0);
attempt("os.rename", () => os.rename("/etc/hosts", "/etc/hosts2"), (r) => r === 0);
attempt("os.symlink", () => os.symlink("/etc/passwd", "/tmp/gradebox-adv-link"), (r) => r === 0);
attempt("os.realpath /", () => os.realpath("/"));
attempt("os.exec", () => os.exec(["/bin/sh", "-c", "touch /tmp/gradebox-adv-exec"]));
attempt("os.kill", () => os.kill(1, 9), (r) => r === 0);
attempt("os.Worker", () => new os.Worker("./x.js"));
attempt("os.signal", () => os.signal(2, () => {}), () => false);
attempt("os.getcwd", () => os.getcwd(), (r) => Array.isArray(r) && r[0] !== "/");
