const lines = require("fs").readFileSync(0, "utf8").split("\n");
lines.pop();
for (const line of lines) {
  let depth = 0;
  let ok = true;
  for (const c of line) {
    depth += "([{".includes(c) ? 1 : -1;
    if (depth < 0) ok = false;
  }
  console.log(ok && depth === 0 ? "YES" : "NO");
}
