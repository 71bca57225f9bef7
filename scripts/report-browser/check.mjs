// Opens a gradebox report in headless Chromium and checks the rendered page against
// the results file it was made from (read here independently of gradebox):
//   node check.mjs --report R.html --results results.jsonl --shots DIR [--human] [--compare]
// Exits 1 with every failed check listed.
import { open } from "./browser.mjs";
import { pathToFileURL } from "node:url";
import { readFileSync, mkdirSync } from "node:fs";
import { resolve, join } from "node:path";

const args = process.argv.slice(2);
const opt = (name) => { const i = args.indexOf("--" + name); return i < 0 ? null : args[i + 1]; };
const report = resolve(opt("report")), shots = resolve(opt("shots"));
mkdirSync(shots, { recursive: true });
const lines = readFileSync(opt("results"), "utf8").split("\n").filter((l) => l.trim());
const parsed = lines.map((l) => { try { return JSON.parse(l); } catch { return null; } }).filter(Boolean);
const results = parsed.filter((r) => r.verdict !== undefined);
const inputErrors = parsed.filter((r) => r.error !== undefined);

const failures = [];
const check = (ok, what) => { if (!ok) failures.push(what); console.log((ok ? "ok   " : "FAIL ") + what); };
const url = pathToFileURL(report).href;
const { page, log, close } = await open();
const ready = () => page.waitForSelector("body[data-ready='1']");
const shot = (name) => page.screenshot({ path: join(shots, name + ".png"), fullPage: true });
const rowCount = async () => Number(await page.getAttribute("#row-count", "data-count"));

// Summary: the counts are the results file's.
await page.goto(url);
await ready();
check(Number((await page.textContent("#count-responses")).replace(/,/g, "")) === results.length,
  `summary counts ${results.length} responses`);
check(Number(await page.textContent("#count-input-errors")) === inputErrors.length,
  `summary counts ${inputErrors.length} input errors`);
await shot("summary");

// The list, then a filter narrows it to exactly the responses with that verdict.
await page.click("#nav >> text=Responses");
await page.waitForSelector("#responses-table");
check(await rowCount() === results.length, "the list holds every response");
const verdict = "wrong_answer";
const expected = results.filter((r) => r.verdict === verdict).length;
await page.selectOption("#f-verdict", verdict);
await page.waitForFunction((n) => Number(document.querySelector("#row-count")?.dataset.count) === n, expected);
check(expected < results.length && (await page.$$("#responses-table tbody tr[data-row]")).length === expected,
  `the verdict filter narrows the rows to the ${expected} ${verdict} responses`);
check(page.url().includes("verdict=wrong_answer"), "the filter is in the URL fragment");
await shot("list-filtered");
const filteredUrl = page.url();
await page.goto("about:blank");
await page.goto(filteredUrl);
await ready();
check(await rowCount() === expected, "opening the link again shows the same filtered rows");

// Search narrows by text in code or output.
const target = results.find((r) => r.verdict === verdict);
await page.fill("#f-q", target.response);
await page.waitForFunction(() => !location.hash.includes("q=") ? false : true);
await page.waitForTimeout(300);
const searched = await rowCount();
check(searched >= 1 && searched <= expected, `searching "${target.response}" narrows the rows (${searched})`);

// A response view shows the first differing line of expected vs actual output.
const firstDiff = (x, y) => {
  const e = x.split("\n"), a = y.split("\n");
  let line = 0;
  while (line < Math.max(e.length, a.length) && e[line] === a[line]) line++;
  return { line, expected: e[line], actual: a[line] };
};
const plain = (s) => s && !/[\u0000-\u001f\u007f]/.test(s);
const failing = results.flatMap((r) => r.tests.map((t) => ({ r, t, d: firstDiff(t.expected_excerpt, t.actual_excerpt) })))
  .find(({ t, d }) => t.verdict === "wrong_answer" && plain(d.expected) && plain(d.actual));
await page.goto(url + "#view=response&rt=" + encodeURIComponent(failing.r.task) + "&rn=" + encodeURIComponent(failing.r.response));
await ready();
const marked = await page.$$eval(`section[id="test-${failing.t.name}"] li.first-diff`, (els) => els.map((x) => x.textContent));
check(marked.length === 2 && marked[0] === failing.d.expected && marked[1] === failing.d.actual,
  `the response view marks the first differing line (${failing.r.task}/${failing.r.response}, test ${failing.t.name}, ` +
  `line ${failing.d.line + 1}: ${JSON.stringify(marked)})`);
check((await page.$$("main .code .tok-kw")).length > 0 && (await page.$$("main .code li")).length > 0,
  "the code is shown with line numbers and highlighted keywords");
check((await page.inputValue("#f-q")) === "", "the search box follows the link's state, not what was typed before");
await shot("response-failing");

// Keyboard: j goes to the next response; Tab reaches the controls; every control has a label.
const before = page.url();
await page.keyboard.press("j");
await page.waitForFunction((u) => location.href !== u, before);
check(page.url() !== before, "j opens the next response");
await page.goto(url + "#view=list");
await page.reload();
await ready();
const focused = [];
for (let i = 0; i < 12; i++) {
  await page.keyboard.press("Tab");
  focused.push(await page.evaluate(() => document.activeElement.id || document.activeElement.tagName));
}
check(focused.includes("f-verdict") && focused.includes("f-q"), "Tab reaches the filters: " + focused.join(" "));
await page.focus("#responses-table tbody a");
const firstName = await page.textContent("#responses-table tbody a");
await page.keyboard.press("Enter");
await page.waitForFunction(() => location.hash.includes("view=response"));
check((await page.textContent("main h2")).startsWith(firstName), "Enter on a focused row opens that response");
await page.goBack();
await ready();
const unlabelled = await page.$$eval("select, input, button", (els) => els.filter((el) =>
  !(el.labels && el.labels.length) && !el.getAttribute("aria-label") && !el.textContent.trim()).map((el) => el.id || el.outerHTML));
check(unlabelled.length === 0, "every control has a label " + unlabelled.join(" "));

// Contrast of every verdict badge (WCAG AA: 4.5:1 for text).
const ratios = await page.evaluate(() => {
  const lum = (c) => { const [r, g, b] = c.match(/\d+/g).slice(0, 3).map((x) => { x /= 255; return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4; }); return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
  return JSON.parse(document.getElementById("gradebox-data").textContent).verdicts.map((v) => {
    const el = document.createElement("span"); el.className = "badge v-" + v; el.textContent = v; document.body.appendChild(el);
    const s = getComputedStyle(el); const a = lum(s.color), b = lum(s.backgroundColor); el.remove();
    return [v, (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)];
  });
});
check(ratios.every((r) => r[1] >= 4.5), "verdict badges have AA contrast: " + ratios.map((r) => r[0] + " " + r[1].toFixed(1)).join(", "));

// Hostile output stays text: a response printing markup shows it literally, runs nothing.
const hostile = results.find((r) => r.tests.some((t) => t.actual_excerpt.includes("<script")));
if (hostile) {
  await page.goto(url + "#view=response&rt=" + encodeURIComponent(hostile.task) + "&rn=" + encodeURIComponent(hostile.response));
  await ready();
  const text = await page.textContent("main");
  check(text.includes("<script>") && (await page.evaluate(() => window.__pwned === undefined)), "markup in a candidate's output is shown as text and never runs");
  check((await page.$$("main .ctl")).length > 0, "control characters in output are shown as visible symbols");
  await shot("response-hostile");
}
if (args.includes("--human")) {
  await page.goto(url + "#view=human");
  await ready();
  check((await page.textContent("#agreement")).includes("Cohen's kappa"), "the people section shows the agreement figures");
  check((await page.$$(".disagreement .side")).length >= 2, "a disagreement shows both responses side by side");
  await shot("human");
}
if (args.includes("--compare")) {
  await page.goto(url + "#view=compare");
  await ready();
  check((await page.$$("#compare-table tbody tr")).length > 0, "the two-runs section lists what changed");
  await shot("compare");
}
await page.goto(url + "#view=task&task=" + encodeURIComponent(results[0].task));
await ready();
check((await page.$$("#task-grid td.cell")).length > 0, "the task grid shows cells");
await page.click("#task-grid thead a.sort >> text=score");
await page.waitForFunction(() => location.hash.includes("sort=score"));
const scores = await page.$$eval("#task-grid tbody tr td.num", (tds) => tds.map((td) => Number(td.textContent)));
check(scores.length > 1 && scores.every((x, i) => i === 0 || scores[i - 1] <= x) &&
  (await page.getAttribute("#task-grid th[aria-sort='ascending']", "aria-sort")) === "ascending",
  "sorting the grid by score orders its rows and says so (aria-sort): " + scores.join(" "));
await shot("task-grid");

check(log.errors.length === 0, "no console errors: " + log.errors.join(" | "));
const foreign = log.requests.filter((u) => !u.startsWith(url.split("#")[0]) && u !== "about:blank");
check(foreign.length === 0, "nothing fetched but the report itself: " + foreign.join(" "));
await close();
if (failures.length) { console.error(failures.length + " check(s) failed"); process.exit(1); }
console.log("all checks passed; screenshots in " + shots);
