const text = require("fs").readFileSync(0, "utf8");
const counts = new Map();
for (const w of text.toLowerCase().match(/[a-z]+/g) ?? []) {
  counts.set(w, (counts.get(w) ?? 0) + 1);
}
const top = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
console.log(top.slice(0, 3));
console.log(Object.fromEntries(top.slice(0, 2)));
