/**
 * @param {number[][]} a
 * @param {number[][]} b
 * @return {number[][]}
 */
var matmul = function (a, b) {
  const p = b[0].length;
  return a.map((row) => {
    const out = new Array(p).fill(0);
    for (let k = 0; k < row.length; k++) for (let j = 0; j < p; j++) out[j] += row[k] * b[k][j];
    return out;
  });
};
