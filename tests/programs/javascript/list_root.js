const [entries, err] = os.readdir("/");
console.log(err ? "blocked: readdir" : "LEAK " + entries.join(","));
