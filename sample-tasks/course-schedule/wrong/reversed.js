const nums = require("fs").readFileSync(0, "utf8").split(/\s+/).filter(Boolean).map(Number);
const [n, m] = nums;
const adj = Array.from({ length: n + 1 }, () => []);
for (let i = 0; i < m; i++) adj[nums[2 + 2 * i]].push(nums[3 + 2 * i]);
const seen = new Array(n + 1).fill(false);
const out = [];
const visit = (u) => {
  if (seen[u]) return;
  seen[u] = true;
  for (const v of adj[u]) visit(v);
  out.push(u);
};
for (let u = 1; u <= n; u++) visit(u);
console.log(out.join(" "));
