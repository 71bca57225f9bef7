const data = require("fs").readFileSync(0);
const words = data.toString().split(/\s+/).filter((w) => w.length > 0);
console.log(words.length, data.length, typeof data, Buffer.isBuffer(data));
console.log(words.map((w) => w.toUpperCase()).join(","));
