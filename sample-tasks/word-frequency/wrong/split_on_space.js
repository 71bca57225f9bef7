const words = require("fs").readFileSync(0, "utf8").toLowerCase().split(" ");
const counts = {};
for (const w of words) counts[w.replace(/[^a-z]/g, "")] = (counts[w.replace(/[^a-z]/g, "")] || 0) + 1;
for (const w in counts) console.log(w + " " + counts[w]);
