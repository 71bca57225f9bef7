// The responses, filtered and sorted, a page at a time (20,000 rows never all at once).
const PAGE = 100;
const SORTS = {
  task: (i) => D.tasks[D.responses[i][R.task]].id,
  response: (i) => responseName(i),
  language: (i) => D.languages[D.responses[i][R.lang]],
  verdict: (i) => D.responses[i][R.verdict],
  score: (i) => D.responses[i][R.score],
  fuel: (i) => D.responses[i][R.fuel],
  memory: (i) => D.responses[i][R.memory],
};

/** The filtered responses in the state's sort order (page order when unsorted). */
function ordered(state) {
  const rows = filtered(state);
  const key = SORTS[state.sort];
  if (!key) return rows;
  const dir = state.dir === "desc" ? -1 : 1;
  const keys = new Map(rows.map((i) => [i, key(i)]));
  return rows.slice().sort((a, b) => {
    const x = keys.get(a), y = keys.get(b);
    return (x < y ? -1 : x > y ? 1 : a - b) * dir;
  });
}

/** A column header that sorts by `key` (a button, so keyboards reach it). */
function sortHeader(state, key, label, numeric) {
  const on = state.sort === key;
  const next = on && state.dir !== "desc" ? "desc" : "asc";
  const aria = on ? (state.dir === "desc" ? "descending" : "ascending") : "none";
  return '<th scope="col" aria-sort="' + aria + '"' + (numeric ? ' class="num"' : "") + '><a class="sort" href="' +
    esc(link(state, { sort: key, dir: next, page: null })) + '">' + esc(label) + (on ? (state.dir === "desc" ? " ▼" : " ▲") : "") + "</a></th>";
}

function pager(state, total) {
  const pages = Math.max(1, Math.ceil(total / PAGE));
  const page = Math.min(pages, Math.max(1, parseInt(state.page || "1", 10) || 1));
  const from = total ? (page - 1) * PAGE + 1 : 0, to = Math.min(total, page * PAGE);
  const nav = pages > 1 ? '<nav class="pager" aria-label="Pages">' +
    (page > 1 ? '<a href="' + esc(link(state, { page: page - 1 })) + '" rel="prev">← Previous</a>' : "") +
    "<span>Page " + page + " of " + pages + "</span>" +
    (page < pages ? '<a href="' + esc(link(state, { page: page + 1 })) + '" rel="next">Next →</a>' : "") + "</nav>" : "";
  return { page, from, to, nav };
}

function countLine(shownCount, total) {
  const all = D.responses.length;
  return '<p class="count" id="row-count" data-count="' + total + '">' + (total === all
    ? count(total, "response")
    : count(total, "response") + " match the filters (of " + all.toLocaleString("en") + ")") +
    (shownCount < total ? "; showing " + shownCount : "") + ".</p>";
}

function renderList(state) {
  const rows = ordered(state);
  const p = pager(state, rows.length);
  const slice = rows.slice(p.from - 1, p.to);
  const s = filtersOf(state);
  const body = slice.map((i) => {
    const r = D.responses[i];
    const fl = r[R.flags] ? ' <span class="flag" role="img" aria-label="flagged" title="flagged">⚑</span>' : "";
    return '<tr data-row="' + i + '"><td>' + esc(D.tasks[r[R.task]].id) + '</td><td><a href="' +
      esc(link(Object.assign({ view: "response", rt: D.tasks[r[R.task]].id, rn: responseName(i) }, s, { sort: state.sort, dir: state.dir }))) + '">' +
      esc(responseName(i)) + "</a>" + fl + "</td><td>" + esc(D.languages[r[R.lang]]) + "</td><td>" + badge(r[R.verdict]) +
      '</td><td class="num">' + r[R.score].toFixed(2) + '</td><td class="num">' + r[R.passed] + "/" + r[R.total] +
      '</td><td class="num">' + fuel(r[R.fuel]) + '</td><td class="num">' + bytes(r[R.memory]) + "</td></tr>";
  }).join("");
  return "<h2>Responses</h2>" + countLine(slice.length, rows.length) + p.nav +
    '<table class="data rows" id="responses-table"><thead><tr>' + sortHeader(state, "task", "task") +
    sortHeader(state, "response", "response") + sortHeader(state, "language", "language") + sortHeader(state, "verdict", "verdict") +
    sortHeader(state, "score", "score", true) + '<th scope="col" class="num">tests passed</th>' +
    sortHeader(state, "fuel", "fuel", true) + sortHeader(state, "memory", "peak memory", true) + "</tr></thead><tbody>" +
    (body || '<tr><td colspan="8" class="muted">No response matches the filters.</td></tr>') + "</tbody></table>" + p.nav;
}
