function matmul(a, b) {
  const row = new Array(b[0].length).fill(0);
  const out = new Array(a.length).fill(row);
  for (let i = 0; i < a.length; i++)
    for (let j = 0; j < b[0].length; j++)
      for (let k = 0; k < b.length; k++) out[i][j] += a[i][k] * b[k][j];
  return out;
}
module.exports = { matmul };
