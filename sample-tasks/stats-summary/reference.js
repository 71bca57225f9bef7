function summarize(xs) {
  const n = xs.length;
  const mean = xs.reduce((a, b) => a + b, 0) / n;
  const s = [...xs].sort((a, b) => a - b);
  const median = n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
  const stdev = Math.sqrt(xs.reduce((a, x) => a + (x - mean) ** 2, 0) / n);
  return { mean, median, stdev };
}
module.exports = summarize;
