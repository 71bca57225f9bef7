const text = require("fs").readFileSync(0, "utf8");
const counts = new Map();
for (const w of text.match(/[A-Za-z]+/g) || []) {
  const k = w.toLowerCase();
  counts.set(k, (counts.get(k) || 0) + 1);
}
for (const [w, n] of counts) console.log(`${w} ${n}`);
