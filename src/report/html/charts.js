// Charts drawn as inline SVG: bars for the verdicts, histograms for fuel and memory.
// Each chart carries a text title and every bar its value, for screen readers too.

function barChart(items, label) {
  const max = Math.max(1, ...items.map((d) => d.value));
  const rowH = 22, labelW = 120, width = 460, barW = width - labelW - 60;
  const rows = items.map((d, i) => {
    const w = Math.max(d.value ? 2 : 0, Math.round((d.value / max) * barW));
    const y = i * rowH;
    return '<g><title>' + esc(d.label + ": " + d.value) + "</title>" +
      '<text x="' + (labelW - 6) + '" y="' + (y + 15) + '" text-anchor="end">' + esc(d.label) + "</text>" +
      '<rect class="' + esc(d.cls || "bar") + '" x="' + labelW + '" y="' + (y + 3) + '" width="' + w + '" height="' + (rowH - 6) + '"></rect>' +
      '<text x="' + (labelW + w + 6) + '" y="' + (y + 15) + '">' + d.value.toLocaleString("en") + "</text></g>";
  });
  return '<svg class="chart" role="img" aria-label="' + esc(label) + '" viewBox="0 0 ' + width + " " +
    Math.max(rowH, items.length * rowH) + '" width="' + width + '" height="' + Math.max(rowH, items.length * rowH) + '">' +
    rows.join("") + "</svg>";
}

/** Columns for histogram bins [edges[i], edges[i+1]), labelled with `fmt` of the edges. */
function histogram(hist, fmt, label, unit) {
  const n = hist.counts.length;
  if (!n) return '<p class="muted">No test runs.</p>';
  const max = Math.max(1, ...hist.counts);
  const width = 460, height = 150, left = 28, bottom = 34, colW = Math.floor((width - 2 * left) / n);
  const cols = hist.counts.map((c, i) => {
    const h = Math.round((c / max) * (height - bottom - 16));
    const x = left + i * colW, y = height - bottom - h;
    const range = fmt(hist.edges[i]) + "–" + fmt(hist.edges[i + 1]) + " " + unit;
    return "<g><title>" + esc(range + ": " + c + " test runs") + "</title>" +
      '<rect class="bar" x="' + (x + 1) + '" y="' + y + '" width="' + (colW - 2) + '" height="' + h + '"></rect>' +
      (c ? '<text x="' + (x + colW / 2) + '" y="' + (y - 3) + '" text-anchor="middle" class="small">' + c + "</text>" : "") + "</g>";
  });
  const ticks = [];
  const every = Math.ceil(n / 6);
  for (let i = 0; i <= n; i += every) {
    ticks.push('<text class="small" x="' + (left + i * colW) + '" y="' + (height - bottom + 14) + '" text-anchor="middle">' + esc(fmt(hist.edges[i])) + "</text>");
  }
  return '<svg class="chart" role="img" aria-label="' + esc(label) + '" viewBox="0 0 ' + width + " " + height +
    '" width="' + width + '" height="' + height + '">' + cols.join("") +
    '<line class="axis" x1="' + left + '" x2="' + (left + n * colW) + '" y1="' + (height - bottom) + '" y2="' + (height - bottom) + '"></line>' +
    ticks.join("") + '<text class="small" x="' + width / 2 + '" y="' + (height - 4) + '" text-anchor="middle">' + esc(unit) + "</text></svg>";
}
