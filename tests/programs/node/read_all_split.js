const input = require("fs").readFileSync(0, "utf8").trim().split("\n");
const n = parseInt(input[0]);
const nums = input[1].split(" ").map(Number);
console.log(nums.slice(0, n).reduce((a, b) => a + b, 0));
