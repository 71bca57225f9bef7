// One task: responses x tests, each cell coloured by its verdict with its score;
// sortable by response, verdict, score or any test; the sentence `gradebox check` prints.

function gridOrder(state, rows, task) {
  const sort = state.sort || "";
  const dir = state.dir === "desc" ? -1 : 1;
  let key = null;
  if (sort.startsWith("test:")) {
    const name = sort.slice(5);
    key = (i) => {
      const t = testsOf(i).find((x) => S[x[T.name]] === name);
      return t ? t[T.score] * 100 - t[T.verdict] / 100 : -1;
    };
  } else if (SORTS[sort]) {
    key = SORTS[sort];
  }
  if (!key) return rows;
  const keys = new Map(rows.map((i) => [i, key(i)]));
  return rows.slice().sort((a, b) => {
    const x = keys.get(a), y = keys.get(b);
    return (x < y ? -1 : x > y ? 1 : a - b) * dir;
  });
}

function gridCell(state, i, t) {
  if (!t) return '<td class="cell none">—</td>';
  const v = verdictName(t[T.verdict]);
  const why = S[t[T.feedback]];
  return '<td class="cell v-' + v + '"><a href="' + esc(link(Object.assign({ view: "response", rt: taskOf(i).id, rn: responseName(i), test: S[t[T.name]] }, filtersOf(state)))) +
    '" title="' + esc(v + (why ? ": " + why : "")) + '">' + esc(v === "pass" ? "pass" : v.replace("_", " ")) +
    ' <span class="score">' + t[T.score].toFixed(2) + "</span></a></td>";
}

function taskHeader(task) {
  let html = "<h2>Task " + esc(task.id) + (task.title ? ": " + esc(task.title) : "") + "</h2>";
  if (task.mode) html += '<p class="muted">' + count(task.tests.length, "test") + " · " + esc(task.mode) + "</p>";
  if (task.sentence.length > 400) {
    html += '<details><summary>What <code>gradebox check</code> says of these responses</summary><p class="sentence">' + shown(task.sentence) + "</p></details>";
  } else if (task.sentence) {
    html += '<p class="sentence">' + shown(task.sentence) + "</p>";
  }
  if (task.prompt) html += "<details><summary>Prompt</summary><pre class=\"text\">" + shown(task.prompt) + "</pre></details>";
  if (task.tests.some((t) => t.input !== null)) {
    html += "<details><summary>Tests</summary>" + task.tests.map((t) => "<h4>" + esc(t.name) + "</h4><div class=\"pair\"><div><h5>Input</h5><pre class=\"text\">" +
      shown(t.input || "") + "</pre></div><div><h5>Expected</h5><pre class=\"text\">" + shown(t.expected || "") + "</pre></div></div>").join("") + "</details>";
  }
  return html;
}

function renderTask(state) {
  const n = taskNumber(state.task);
  if (n < 0) return "<h2>No such task</h2><p>" + esc(state.task || "") + " is not in this report.</p>";
  const task = D.tasks[n];
  const rows = gridOrder(state, filtered(state), task);
  const p = pager(state, rows.length);
  const slice = rows.slice(p.from - 1, p.to);
  const names = task.tests.map((t) => t.name);
  const head = '<tr>' + sortHeader(state, "response", "response") + sortHeader(state, "verdict", "verdict") +
    sortHeader(state, "score", "score", true) + names.map((name) => sortHeader(state, "test:" + name, name)).join("") + "</tr>";
  const body = slice.map((i) => {
    const r = D.responses[i];
    const tests = testsOf(i);
    const byName = new Map(tests.map((t) => [S[t[T.name]], t]));
    const cells = r[R.compileError]
      ? '<td class="cell v-compile_error" colspan="' + Math.max(1, names.length) + '">compile error</td>'
      : names.map((name) => gridCell(state, i, byName.get(name))).join("");
    return '<tr data-row="' + i + '"><th scope="row"><a href="' + esc(link(Object.assign({ view: "response", rt: task.id, rn: responseName(i) }, filtersOf(state)))) +
      '">' + esc(responseName(i)) + "</a>" + (r[R.flags] ? ' <span class="flag" role="img" aria-label="flagged" title="flagged">⚑</span>' : "") + "</th><td>" + badge(r[R.verdict]) +
      '</td><td class="num">' + r[R.score].toFixed(2) + "</td>" + cells + "</tr>";
  }).join("");
  return taskHeader(task) + countLine(slice.length, rows.length) + p.nav +
    '<div class="grid-wrap"><table class="data grid" id="task-grid"><caption>Responses × tests of ' + esc(task.id) +
    "</caption><thead>" + head + "</thead><tbody>" +
    (body || '<tr><td colspan="' + (names.length + 3) + '" class="muted">No response matches the filters.</td></tr>') + "</tbody></table></div>" + p.nav;
}
