// Beside people (--human) and beside another run (--compare).

function evidence(i) {
  const r = D.responses[i];
  const failing = testsOf(i).filter((t) => t[T.verdict] !== PASS);
  return '<div class="side"><h4><a href="' + esc(link({ view: "response", rt: taskOf(i).id, rn: responseName(i) })) + '">' + esc(responseName(i)) + "</a></h4><p>" +
    badge(r[R.verdict]) + " score " + r[R.score].toFixed(2) + " · " + r[R.passed] + "/" + r[R.total] + "</p>" +
    (r[R.compileError] ? "<pre class=\"text stderr\">" + shown(S[r[R.compileError]]) + "</pre>" : "") +
    (failing.length ? "<ul>" + failing.map((t) => "<li>" + badge(t[T.verdict]) + " " + esc(S[t[T.name]]) + (S[t[T.feedback]] ? ": " + shown(S[t[T.feedback]]) : "") + "</li>").join("") + "</ul>" : "") +
    (r[R.code] ? "<details><summary>Code</summary>" + codeBlock(S[r[R.code]], D.languages[r[R.lang]], "code of " + responseName(i)) + "</details>" : "") + "</div>";
}

/** A preference about a pair, by the name of the response it prefers. */
function preferred(d, pref) {
  return pref === "tie" ? "a tie" : responseName(pref === "first" ? d.first : d.second);
}

function renderHuman(state) {
  const h = D.human;
  if (!h) return "<h2>Beside people</h2><p>This report was made without human judgments (gradebox report --human judgments.jsonl).</p>";
  const a = h.agreement;
  const figures = [["pairs judged by people", a.human_pairs], ["of them with gradebox results", a.pairs + " (" + pct(a.coverage) + ")"],
    ["agreement with the human majority", pct(a.percent_agreement)], ["agreement without ties", pct(a.percent_agreement_no_ties)],
    ["Cohen's kappa (gradebox vs majority)", num(a.cohen_kappa)], ["Fleiss' kappa (among annotators)", num(a.fleiss_kappa)],
    ["Krippendorff's alpha (annotators)", num(a.krippendorff_alpha_humans)], ["Krippendorff's alpha (with gradebox)", num(a.krippendorff_alpha_with_gradebox)]];
  if (a.krippendorff_alpha_ratings_humans !== null) figures.push(["Krippendorff's alpha, ratings (ordinal)", num(a.krippendorff_alpha_ratings_humans) + " (with gradebox: " + num(a.krippendorff_alpha_ratings_with_gradebox) + ")"]);
  const prefs = ["first", "second", "tie"];
  let html = '<h2>Beside people</h2><dl class="facts wide" id="agreement">' + figures.map((f) => "<dt>" + esc(f[0]) + "</dt><dd>" + esc(f[1]) + "</dd>").join("") + "</dl>" +
    '<table class="data confusion"><caption>Confusion matrix: rows gradebox, columns the human majority</caption><thead><tr><td></td>' +
    prefs.map((p) => '<th scope="col" class="num">' + p + "</th>").join("") + "</tr></thead><tbody>" +
    a.confusion_matrix.map((row, i) => '<tr><th scope="row">' + prefs[i] + "</th>" + row.map((c, j) => '<td class="num' + (i === j ? " diag" : "") + '">' + c + "</td>").join("") + "</tr>").join("") + "</tbody></table>";
  html += '<table class="data"><caption>Per annotator</caption><thead><tr><th scope="col">annotator</th><th scope="col" class="num">pairs</th><th scope="col" class="num">with gradebox</th><th scope="col" class="num">with the others</th></tr></thead><tbody>' +
    Object.keys(a.per_annotator).map((k) => { const s = a.per_annotator[k]; return '<tr><th scope="row">' + esc(k) + '</th><td class="num">' + s.pairs + '</td><td class="num">' + pct(s.agreement_with_gradebox) + '</td><td class="num">' + pct(s.agreement_with_others) + "</td></tr>"; }).join("") + "</tbody></table>";
  const p = pager(state, h.disagreements.length);
  html += '<h3 id="disagreements">' + count(h.disagreements.length, "disagreement") + "</h3>" + p.nav + h.disagreements.slice(p.from - 1, p.to).map((d) =>
    '<section class="disagreement"><h4>' + esc(d.task) + ": " + esc(d.kind.replace(/_/g, " ")) + "</h4><p>People prefer <strong>" + esc(preferred(d, d.human)) +
    "</strong> (" + Object.keys(d.votes).map((k) => esc(k) + ": " + esc(preferred(d, d.votes[k]))).join(", ") + "); gradebox prefers <strong>" +
    esc(preferred(d, d.gradebox)) + "</strong>.</p>" +
    '<div class="pair">' + evidence(d.first) + evidence(d.second) + "</div></section>").join("") + p.nav;
  return html;
}

function renderCompare(state) {
  const c = D.compare;
  if (!c) return "<h2>Two runs</h2><p>This report was made without a second run (gradebox report --compare other-results.jsonl).</p>";
  const kind = state.change || "";
  const rows = kind ? c.rows.filter((r) => r.change === kind) : c.rows;
  const side = (s) => s ? badge(s[0]) + ' <span class="num">' + s[1].toFixed(2) + " · " + fuel(s[2]) + "</span>" : '<span class="muted">absent</span>';
  let html = "<h2>Two runs</h2><p>Before: <code>" + esc(c.baseline) + "</code>; after: this report's results.</p>" + '<ul class="chips">' +
    '<li><a href="' + esc(link({ view: "compare" })) + '"' + (kind ? "" : ' aria-current="true"') + ">all changes (" + c.rows.length + ")</a></li>" +
    c.counts.map((k) => "<li>" + (k[0] === "unchanged" ? esc(k[0]) + " (" + k[1] + ")" : '<a href="' + esc(link({ view: "compare", change: k[0] })) + '"' +
      (kind === k[0] ? ' aria-current="true"' : "") + ">" + esc(k[0].replace(/_/g, " ")) + " (" + k[1] + ")</a>") + "</li>").join("") + "</ul>";
  const p = pager(state, rows.length);
  const shownRows = rows.slice(p.from - 1, p.to);
  html += p.nav;
  html += '<table class="data" id="compare-table"><thead><tr><th scope="col">change</th><th scope="col">task</th><th scope="col">response</th><th scope="col">before (verdict · score · fuel)</th><th scope="col">after</th></tr></thead><tbody>' +
    shownRows.map((r) => '<tr><td><span class="change c-' + esc(r.change) + '">' + esc(r.change.replace(/_/g, " ")) + "</span></td><td>" + esc(r.task) + "</td><td>" +
      (r.row !== null ? '<a href="' + esc(link({ view: "response", rt: r.task, rn: r.response })) + '">' + esc(r.response) + "</a>" : esc(r.response)) +
      "</td><td>" + side(r.before) + "</td><td>" + side(r.after) + "</td></tr>").join("") + "</tbody></table>" + p.nav;
  return html;
}
