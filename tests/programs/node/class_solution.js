class Solution {
  constructor(grid) {
    this.grid = grid;
  }
  islands() {
    const g = this.grid.map((r) => r.split(""));
    let count = 0;
    const sink = (i, j) => {
      if (i < 0 || j < 0 || i >= g.length || j >= g[0].length || g[i][j] !== "1") return;
      g[i][j] = "0";
      sink(i + 1, j);
      sink(i - 1, j);
      sink(i, j + 1);
      sink(i, j - 1);
    };
    for (let i = 0; i < g.length; i++)
      for (let j = 0; j < g[0].length; j++)
        if (g[i][j] === "1") {
          count++;
          sink(i, j);
        }
    return count;
  }
}
const lines = require("fs").readFileSync(0, "utf8").trim().split("\n");
console.log(new Solution(lines).islands());
