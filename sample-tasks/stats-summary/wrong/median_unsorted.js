function summarize(xs) {
  const n = xs.length;
  const mean = xs.reduce((a, b) => a + b, 0) / n;
  const median = n % 2 ? xs[(n - 1) / 2] : (xs[n / 2 - 1] + xs[n / 2]) / 2;
  const stdev = Math.sqrt(xs.map((x) => (x - mean) ** 2).reduce((a, b) => a + b) / n);
  return { mean, median, stdev };
}
