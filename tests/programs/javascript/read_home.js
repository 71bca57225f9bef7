for (const p of ["/root", "/home", "."]) {
  const [entries, err] = os.readdir(p);
  console.log(err ? "blocked: " + p : "LEAK " + p + " " + entries.join(","));
}
console.log(std.getenv("HOME") === undefined ? "no HOME" : "LEAK HOME");
