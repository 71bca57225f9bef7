// The data gradebox embedded in this page. Rows are arrays; the positions below follow
// the fields of ResponseRow and TestRow in src/report/page/rows.rs.
const D = JSON.parse(document.getElementById("gradebox-data").textContent);
const S = D.strings;
const R = { task: 0, name: 1, lang: 2, verdict: 3, score: 4, passed: 5, total: 6, code: 7,
  compileError: 8, firstTest: 9, testCount: 10, fuel: 11, memory: 12, flags: 13 };
const T = { name: 0, verdict: 1, score: 2, points: 3, outcome: 4, fuel: 5, wall: 6, memory: 7,
  expected: 8, actual: 9, stderr: 10, feedback: 11, time: 12 };
const PASS = D.verdicts.indexOf("pass");

function resp(i) { return D.responses[i]; }
function responseName(i) { return S[D.responses[i][R.name]]; }
function taskOf(i) { return D.tasks[D.responses[i][R.task]]; }
function verdictName(v) { return D.verdicts[v]; }

function testsOf(i) {
  const r = D.responses[i];
  return D.tests.slice(r[R.firstTest], r[R.firstTest] + r[R.testCount]);
}

let flagIndex = null;
/** The flags raised on response i: [{kind, test, detail}]. */
function flagsOf(i) {
  if (!flagIndex) {
    flagIndex = new Map();
    for (const f of D.flags) {
      if (!flagIndex.has(f[0])) flagIndex.set(f[0], []);
      flagIndex.get(f[0]).push({ kind: D.flag_kinds[f[1]], test: S[f[2]], detail: S[f[3]] });
    }
  }
  return flagIndex.get(i) || [];
}

let taskIndex = null;
/** The position of the task with this id, or -1. */
function taskNumber(id) {
  if (!taskIndex) taskIndex = new Map(D.tasks.map((t, i) => [t.id, i]));
  const n = taskIndex.get(id);
  return n === undefined ? -1 : n;
}

let haystacks = null;
/** Lower-case text of response i that search looks in: name, code, outputs, feedback. */
function haystack(i) {
  if (!haystacks) haystacks = new Array(D.responses.length);
  let h = haystacks[i];
  if (h === undefined) {
    const r = D.responses[i];
    const parts = [S[r[R.name]], S[r[R.code]], S[r[R.compileError]]];
    for (const t of testsOf(i)) parts.push(S[t[T.actual]], S[t[T.stderr]], S[t[T.feedback]]);
    h = haystacks[i] = parts.join("\n").toLowerCase();
  }
  return h;
}
