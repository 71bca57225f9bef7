const { readFileSync } = require("node:fs");
const text = readFileSync(0, { encoding: "utf8" });
const counts = {};
for (const ch of text.replace(/\s/g, "")) counts[ch] = (counts[ch] || 0) + 1;
console.log(counts);
