// One response: its code, and for each test the input, expected and actual output with
// the first difference marked, stderr, how the run ended, resources, feedback, flags.

let responseIndex = null;
function findResponse(task, name) {
  if (!responseIndex) {
    responseIndex = new Map();
    D.responses.forEach((r, i) => responseIndex.set(D.tasks[r[R.task]].id + "\u0000" + S[r[R.name]], i));
  }
  const i = responseIndex.get(task + "\u0000" + name);
  return i === undefined ? -1 : i;
}

function responseLink(state, i) {
  return link(Object.assign({ view: "response", rt: taskOf(i).id, rn: responseName(i) }, filtersOf(state), { sort: state.sort, dir: state.dir }));
}

/** Previous and next response among the filtered ones, in the list's order. */
function neighbours(state, i) {
  const rows = ordered(state);
  const at = rows.indexOf(i);
  if (at < 0) return { at, total: rows.length, prev: null, next: null };
  return { at, total: rows.length, prev: at > 0 ? rows[at - 1] : null, next: at + 1 < rows.length ? rows[at + 1] : null };
}

function testSection(i, t, info, open) {
  const v = verdictName(t[T.verdict]);
  const name = S[t[T.name]];
  const fb = S[t[T.feedback]], err = S[t[T.stderr]];
  const facts = [["outcome", D.outcomes[t[T.outcome]]], ["score", t[T.score].toFixed(2) + " of " + t[T.points] + " point" + (t[T.points] === 1 ? "" : "s")],
    ["fuel", t[T.fuel].toLocaleString("en")], ["peak memory", bytes(t[T.memory])], ["time (CPU + sleep)", t[T.time] + " ms"], ["wall time", t[T.wall] + " ms"]];
  let html = '<section class="test v-border-' + v + '" id="test-' + esc(name) + '"><h3>' + badge(t[T.verdict]) + " " + esc(name) + "</h3>" +
    '<dl class="facts">' + facts.map((f) => "<dt>" + esc(f[0]) + "</dt><dd>" + esc(f[1]) + "</dd>").join("") + "</dl>";
  if (fb) html += '<p class="feedback"><strong>Checker:</strong> ' + shown(fb) + "</p>";
  if (info && info.input !== null) html += "<details" + (open ? " open" : "") + "><summary>Input</summary><pre class=\"text\">" + shown(info.input) + "</pre></details>";
  html += outputComparison(S[t[T.expected]], S[t[T.actual]]);
  if (err) html += "<h4>stderr (last 400 characters)</h4><pre class=\"text stderr\">" + shown(err) + "</pre>";
  return html + "</section>";
}

/** A passing test in one line; its evidence one click away. */
function passedTest(i, t, info) {
  return '<details class="passed" id="test-' + esc(S[t[T.name]]) + '"><summary>' + badge(t[T.verdict]) + " " + esc(S[t[T.name]]) +
    ' <span class="muted">fuel ' + fuel(t[T.fuel]) + " · " + bytes(t[T.memory]) + " · " + t[T.wall] + " ms</span></summary>" +
    testSection(i, t, info, false) + "</details>";
}

function renderResponse(state) {
  const i = findResponse(state.rt, state.rn);
  if (i < 0) return "<h2>No such response</h2><p>" + esc((state.rt || "") + " / " + (state.rn || "")) + " is not in this report.</p>";
  const r = D.responses[i];
  const task = taskOf(i);
  const nb = neighbours(state, i);
  const nav = '<nav class="prevnext" aria-label="Responses">' +
    (nb.prev !== null ? '<a id="prev" rel="prev" href="' + esc(responseLink(state, nb.prev)) + '">← ' + esc(taskOf(nb.prev).id + " / " + responseName(nb.prev)) + "</a>" : '<span class="muted">first</span>') +
    "<span>" + (nb.at >= 0 ? (nb.at + 1) + " of " + nb.total + " filtered" : "not among the filtered responses") + " · <kbd>j</kbd>/<kbd>k</kbd></span>" +
    (nb.next !== null ? '<a id="next" rel="next" href="' + esc(responseLink(state, nb.next)) + '">' + esc(taskOf(nb.next).id + " / " + responseName(nb.next)) + " →</a>" : '<span class="muted">last</span>') + "</nav>";
  let html = nav + "<h2>" + esc(responseName(i)) + ' <span class="muted">on</span> <a href="' + esc(link({ view: "task", task: task.id })) + '">' + esc(task.id) + "</a></h2>" +
    '<p class="headline">' + badge(r[R.verdict]) + " score " + r[R.score].toFixed(2) + " · " + r[R.passed] + "/" + r[R.total] + " tests passed · " +
    esc(D.languages[r[R.lang]]) + " · fuel " + fuel(r[R.fuel]) + " · peak memory " + bytes(r[R.memory]) + "</p>";
  const flags = flagsOf(i);
  if (flags.length) {
    html += '<div class="flags" role="note"><h3>⚑ Flags</h3><ul>' + flags.map((f) => "<li><strong>" + esc(f.kind) + "</strong>" +
      (f.test ? " on " + esc(f.test) : "") + ": " + shown(f.detail) + "</li>").join("") + "</ul></div>";
  }
  if (r[R.compileError]) html += "<h3>Does not compile</h3><pre class=\"text stderr\">" + shown(S[r[R.compileError]]) + "</pre>";
  html += "<h3>Code</h3>" + (r[R.code] ? codeBlock(S[r[R.code]], D.languages[r[R.lang]], "code of " + responseName(i))
    : '<p class="muted">Not in this report (pass --responses to gradebox report to show the code).</p>');
  const tests = testsOf(i);
  if (tests.length) {
    const infos = new Map(task.tests.map((t) => [t.name, t]));
    const failing = tests.filter((t) => t[T.verdict] !== PASS);
    html += "<h3>Tests</h3>" + (failing.length ? "" : '<p class="muted">Every test passed.</p>');
    html += tests.map((t) => t[T.verdict] === PASS && state.test !== S[t[T.name]]
      ? passedTest(i, t, infos.get(S[t[T.name]])) : testSection(i, t, infos.get(S[t[T.name]]), true)).join("");
  }
  return html + nav;
}
