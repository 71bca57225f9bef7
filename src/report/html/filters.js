// The view's state lives in the URL fragment (#view=list&verdict=wrong_answer&q=...), so
// a link opens the same view. Filters narrow the responses the list, the task grid
// and the prev/next links go through.
const FILTER_KEYS = ["task", "lang", "verdict", "flag", "min", "max", "q"];

function readState() {
  const p = new URLSearchParams(location.hash.replace(/^#/, ""));
  const s = {};
  for (const [k, v] of p) if (v !== "") s[k] = v;
  if (!s.view) s.view = "summary";
  return s;
}

function link(state, changes) {
  const s = Object.assign({}, state, changes || {});
  const p = new URLSearchParams();
  for (const k in s) if (s[k] !== undefined && s[k] !== null && s[k] !== "") p.set(k, s[k]);
  return "#" + p.toString();
}

/** The filters only, to carry from one view to another. */
function filtersOf(state) {
  const s = {};
  for (const k of FILTER_KEYS) if (state[k] !== undefined) s[k] = state[k];
  return s;
}

let lastFilter = { key: null, rows: null };
/** Indices of the responses that pass every filter in `state`, in page order. */
function filtered(state) {
  const key = JSON.stringify(filtersOf(state));
  if (lastFilter.key === key) return lastFilter.rows;
  const task = state.task !== undefined ? taskNumber(state.task) : null;
  const lang = state.lang !== undefined ? D.languages.indexOf(state.lang) : null;
  const verdict = state.verdict !== undefined ? D.verdicts.indexOf(state.verdict) : null;
  const flag = state.flag === undefined ? null : state.flag === "any" ? -2 : D.flag_kinds.indexOf(state.flag);
  const min = state.min !== undefined ? parseFloat(state.min) : null;
  const max = state.max !== undefined ? parseFloat(state.max) : null;
  const q = state.q !== undefined ? state.q.toLowerCase() : null;
  const rows = [];
  const all = D.responses;
  for (let i = 0; i < all.length; i++) {
    const r = all[i];
    if (task !== null && r[R.task] !== task) continue;
    if (lang !== null && r[R.lang] !== lang) continue;
    if (verdict !== null && r[R.verdict] !== verdict) continue;
    if (flag !== null && (flag === -2 ? r[R.flags] === 0 : flag < 0 || !(r[R.flags] & (1 << flag)))) continue;
    if (min !== null && !isNaN(min) && r[R.score] < min - 1e-9) continue;
    if (max !== null && !isNaN(max) && r[R.score] > max + 1e-9) continue;
    if (q !== null && haystack(i).indexOf(q) < 0) continue;
    rows.push(i);
  }
  lastFilter = { key, rows };
  return rows;
}

function options(values, current, all) {
  return '<option value="">' + esc(all) + "</option>" + values.map((v) =>
    "<option" + (v[0] === current ? " selected" : "") + ' value="' + esc(v[0]) + '">' + esc(v[1]) + "</option>").join("");
}

/** The filter bar, built once; its controls follow the state on every navigation. */
function buildFilterBar() {
  const bar = document.getElementById("filters");
  const field = (id, label, control) => '<div class="field"><label for="' + id + '">' + label + "</label>" + control + "</div>";
  bar.innerHTML = '<form id="filter-form">' +
    field("f-task", "Task", '<select id="f-task" data-key="task">' + options(D.tasks.map((t) => [t.id, t.id]), "", "All tasks") + "</select>") +
    field("f-lang", "Language", '<select id="f-lang" data-key="lang">' + options(D.languages.map((l) => [l, l]), "", "All languages") + "</select>") +
    field("f-verdict", "Verdict", '<select id="f-verdict" data-key="verdict">' + options(D.verdicts.map((v) => [v, v]), "", "All verdicts") + "</select>") +
    field("f-flag", "Flag", '<select id="f-flag" data-key="flag">' + options([["any", "any flag"]].concat(D.flag_kinds.map((f) => [f, f])), "", "Flagged or not") + "</select>") +
    field("f-min", "Score from", '<input id="f-min" data-key="min" type="number" min="0" max="1" step="0.05" inputmode="decimal">') +
    field("f-max", "to", '<input id="f-max" data-key="max" type="number" min="0" max="1" step="0.05" inputmode="decimal">') +
    field("f-q", "Search code and output", '<input id="f-q" data-key="q" type="search" placeholder="text in code, output, stderr…" autocomplete="off">') +
    '<button type="button" id="f-clear">Clear filters</button></form>';
  document.getElementById("filter-form").addEventListener("submit", (e) => e.preventDefault());
  let timer = null;
  const apply = (control, replace) => {
    const s = readState();
    s[control.dataset.key] = control.value;
    delete s.page;
    // The grid needs a task; a response may leave the filtered set: both go to the list.
    if (s.view !== "task" || !s.task) s.view = "list";
    navigate(link(s), replace);
  };
  for (const c of bar.querySelectorAll("select, input")) {
    if (c.type === "search") {
      c.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(() => apply(c, true), 200); });
    } else {
      c.addEventListener("change", () => apply(c, false));
    }
  }
  document.getElementById("f-clear").addEventListener("click", () => {
    const s = readState();
    for (const k of FILTER_KEYS) delete s[k];
    delete s.page;
    if (s.view === "task") s.view = "list";
    navigate(link(s), false);
  });
}

function syncFilterBar(state) {
  for (const c of document.querySelectorAll("#filter-form [data-key]")) {
    const v = state[c.dataset.key] || "";
    // Typing navigates with the typed value, so only a change from elsewhere (a link,
    // Back) differs here; a focused search box must follow it too.
    if (c.value !== v) c.value = v;
  }
}
