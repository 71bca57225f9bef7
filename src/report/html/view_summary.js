// The summary: how the batch fared at a glance.

function statCard(value, label, href) {
  const inner = '<span class="stat-value">' + value + '</span><span class="stat-label">' + esc(label) + "</span>";
  return href ? '<a class="stat" href="' + esc(href) + '">' + inner + "</a>" : '<div class="stat">' + inner + "</div>";
}

function groupTable(caption, head, rows) {
  return '<table class="data">' + (caption ? "<caption>" + esc(caption) + "</caption>" : "") + "<thead><tr>" +
    head.map((x, i) => '<th scope="col"' + (i ? ' class="num"' : "") + ">" + esc(x) + "</th>").join("") +
    "</tr></thead><tbody>" + rows.join("") + "</tbody></table>";
}

function groupRow(nameHtml, g) {
  return "<tr><th scope=\"row\">" + nameHtml + '</th><td class="num">' + g.responses.toLocaleString("en") +
    '</td><td class="num">' + g.passed.toLocaleString("en") + '</td><td class="num">' +
    pct(g.responses ? g.passed / g.responses : null) + '</td><td class="num">' + (g.responses ? num(g.mean_score, 2) : "n/a") + "</td></tr>";
}

function renderSummary(state) {
  const s = D.summary;
  const passed = s.verdicts[PASS];
  const flagged = D.responses.reduce((n, r) => n + (r[R.flags] ? 1 : 0), 0);
  let html = "<h2>Summary</h2>" + '<div class="stats">' +
    statCard('<span id="count-responses">' + s.responses.toLocaleString("en") + "</span>", "responses graded", link({ view: "list" })) +
    statCard(pct(s.responses ? passed / s.responses : null), "pass (" + passed + ")", link({ view: "list", verdict: "pass" })) +
    statCard(s.tests.toLocaleString("en"), "test runs") +
    statCard(String(D.tasks.length), "tasks") +
    statCard(String(flagged), "responses flagged", flagged ? link({ view: "list", flag: "any" }) : null) +
    statCard('<span id="count-input-errors">' + s.input_errors + "</span>", "input errors", s.input_errors ? "#view=summary&section=errors" : null) +
    "</div>";
  const verdictItems = (counts) => D.verdicts.map((v, i) => ({ label: v, value: counts[i], cls: "v-" + v })).filter((d) => d.value);
  html += '<div class="charts"><figure><figcaption>Responses by verdict</figcaption>' +
    barChart(verdictItems(s.verdicts), "Responses by verdict") + "</figure>" +
    "<figure><figcaption>Test runs by verdict</figcaption>" + barChart(verdictItems(s.test_verdicts), "Test runs by verdict") + "</figure>" +
    "<figure><figcaption>Fuel per test run</figcaption>" + histogram(s.fuel, fuel, "Fuel per test run", "fuel") + "</figure>" +
    "<figure><figcaption>Peak memory per test run</figcaption>" + histogram(s.memory, (b) => bytes(b).replace(".0 ", " "), "Peak memory per test run", "memory") + "</figure></div>";
  const head = ["", "responses", "passed", "pass rate", "mean score"];
  html += '<div class="tables">' + groupTable("Per task", ["task"].concat(head.slice(1)), D.tasks.map((t, i) =>
    groupRow('<a href="' + esc(link({ view: "task", task: t.id })) + '">' + esc(t.id) + "</a>", s.per_task[i]))) +
    groupTable("Per language", ["language"].concat(head.slice(1)), D.languages.map((l, i) =>
      groupRow('<a href="' + esc(link({ view: "list", lang: l })) + '">' + esc(l) + "</a>", s.per_language[i]))) + "</div>";
  if (s.pass_at_k.length) {
    html += "<h3>pass@k</h3><p class=\"muted\">The unbiased estimator, averaged over tasks; each response to a task is one sample.</p>" +
      groupTable("", ["k", "pass@k"],
      s.pass_at_k.map((p) => '<tr><th scope="row">' + p[0] + '</th><td class="num">' + pct(p[1]) + "</td></tr>"));
  }
  html += flagSection() + inputErrorSection() + provenanceSection();
  return html;
}

function flagSection() {
  if (!D.flags.length) return '<h3>Flags</h3><p class="muted">No flags raised: no response tried to game the checks.</p>';
  const counts = D.flag_kinds.map(() => new Set());
  for (const f of D.flags) counts[f[1]].add(f[0]);
  return "<h3>Flags (possible gaming attempts)</h3><ul class=\"plain\">" + D.flag_kinds.map((k, i) =>
    '<li><a href="' + esc(link({ view: "list", flag: k })) + '">' + esc(k) + "</a>: " + count(counts[i].size, "response") + "</li>").join("") + "</ul>";
}

function inputErrorSection() {
  const errs = D.input_errors;
  if (!errs.length) return "";
  return '<h3 id="errors">Input errors (' + errs.length + ")</h3>" +
    "<p>Lines of the responses file that were not graded; each is recorded in the results file.</p>" +
    '<table class="data"><thead><tr><th scope="col" class="num">line</th><th scope="col">task</th><th scope="col">response</th><th scope="col">error</th></tr></thead><tbody>' +
    errs.map((e) => '<tr><td class="num">' + esc(e.line) + "</td><td>" + esc(e.task || "") + "</td><td>" +
      esc(e.response || "") + "</td><td>" + (e.gradebox_fault ? '<span class="badge v-grader_error">gradebox fault</span> ' : "") + shown(e.error) + "</td></tr>").join("") +
    "</tbody></table>";
}

function provenanceSection() {
  const p = D.summary.provenance;
  const list = (items) => "<ul class=\"plain\">" + items.map((x) => "<li>" + esc(x[0]) + ' <span class="muted">(' + count(x[1], "response") + ")</span></li>").join("") + "</ul>";
  const changed = p.task_hashes.filter((t) => t[1].length > 1);
  return "<h3>Provenance</h3><dl class=\"prov\"><dt>gradebox</dt><dd>" + list(p.gradebox) + "</dd><dt>Runtimes</dt><dd>" + list(p.runtimes) +
    "</dd><dt>Default limits</dt><dd>" + list(p.limits) + "</dd><dt>Task hashes (SHA-256)</dt><dd>" +
    (changed.length ? '<p class="warn">' + count(changed.length, "task") + " changed during the batch (more than one hash).</p>" : "") +
    "<details><summary>" + count(p.task_hashes.length, "task") + "</summary><ul class=\"plain mono\">" +
    p.task_hashes.map((t) => "<li>" + esc(t[0]) + ": " + t[1].map(esc).join(", ") + "</li>").join("") + "</ul></details></dd>" +
    "<dt>Made from</dt><dd><ul class=\"plain mono\">" + D.sources.map((s) => "<li>" + esc(s[0]) + ": " + esc(s[1]) + "</li>").join("") +
    "</ul>" + esc(D.generated_by) + "</dd></dl>";
}
