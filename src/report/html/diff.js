// Expected against actual output: where they first differ, and a line diff when the
// outputs run over several lines.

/** The first differing line and column of a and b (0-based), or null when equal. */
function firstDifference(a, b) {
  if (a === b) return null;
  const la = a.split("\n"), lb = b.split("\n");
  for (let i = 0; i < Math.max(la.length, lb.length); i++) {
    const x = la[i], y = lb[i];
    if (x === y) continue;
    if (x === undefined || y === undefined) return { line: i, col: 0 };
    let c = 0;
    while (c < x.length && c < y.length && x[c] === y[c]) c++;
    return { line: i, col: c };
  }
  return null;
}

/** The lines of text, the line `mark` highlighted from column `col`, as an ordered list. */
function markedLines(text, mark, label) {
  if (text === "") return '<p class="out-empty muted">(empty)</p>';
  const lines = text.split("\n");
  if (lines.length > 1 && lines[lines.length - 1] === "") lines.pop();
  const items = lines.map((l, i) => {
    if (!mark || i !== mark.line) return "<li>" + (shown(l) || " ") + "</li>";
    const rest = l.slice(mark.col);
    return '<li class="first-diff" title="first differing line">' + shown(l.slice(0, mark.col)) +
      (rest ? "<mark>" + shown(rest) + "</mark>" : '<mark class="gap">⏎</mark>') + "</li>";
  });
  return '<ol class="out" aria-label="' + esc(label) + '">' + items.join("") + "</ol>";
}

/** Longest-common-subsequence line diff: [[" " | "-" | "+", line], ...]. */
function lineDiff(a, b) {
  const x = a.split("\n"), y = b.split("\n");
  if (x.length * y.length > 4e6) return null;
  const n = x.length, m = y.length;
  const L = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      L[i][j] = x[i] === y[j] ? L[i + 1][j + 1] + 1 : Math.max(L[i + 1][j], L[i][j + 1]);
  const ops = [];
  let i = 0, j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && x[i] === y[j]) { ops.push([" ", x[i]]); i++; j++; }
    else if (j < m && (i === n || L[i][j + 1] >= L[i + 1][j])) { ops.push(["+", y[j]]); j++; }
    else { ops.push(["-", x[i]]); i++; }
  }
  return ops;
}

/** Expected beside actual with the first difference marked; a line diff below when long. */
function outputComparison(expected, actual) {
  const mark = firstDifference(expected, actual);
  let html = '<div class="pair"><div><h4>Expected</h4>' + markedLines(expected, mark, "expected output") +
    '</div><div><h4>Actual</h4>' + markedLines(actual, mark, "actual output") + "</div></div>";
  if (mark && expected.replace(/\n$/, "") === actual.replace(/\n$/, "")) {
    html += '<p class="where">They differ only in the final newline.</p>';
  } else if (mark) {
    html += '<p class="where">First difference: line ' + (mark.line + 1) + ", column " + (mark.col + 1) + ".</p>";
  }
  const lines = Math.max(expected.split("\n").length, actual.split("\n").length);
  const ops = mark && lines > 4 ? lineDiff(expected, actual) : null;
  if (ops) {
    html += '<details class="diff"><summary>Line diff (− expected, + actual)</summary><ol class="out">' +
      ops.map((o) => '<li class="d' + (o[0] === "+" ? "add" : o[0] === "-" ? "del" : "same") + '"><span class="sign">' +
        (o[0] === " " ? "&nbsp;" : o[0] === "+" ? "+" : "−") + "</span>" + (shown(o[1]) || " ") + "</li>").join("") +
      "</ol></details>";
  }
  return html;
}
