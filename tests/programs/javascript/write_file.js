for (const p of ["/tmp/gradebox-escape-js", "gradebox-escape-relative-js"]) {
  const f = std.open(p, "w");
  console.log(f === null ? "blocked: " + p : "LEAK " + p);
}
