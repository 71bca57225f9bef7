const pairs = { ")": "(", "]": "[", "}": "{" };
const lines = require("fs").readFileSync(0, "utf8").split("\n");
lines.pop();
for (const line of lines) {
  const stack = [];
  let ok = true;
  for (const c of line.trim()) {
    if ("([{".includes(c)) stack.push(c);
    else if (stack.pop() !== pairs[c]) {
      ok = false;
      break;
    }
  }
  console.log(ok && stack.length === 0 ? "YES" : "NO");
}
