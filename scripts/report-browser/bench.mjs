// Time to interactive of a report in headless Chromium: node bench.mjs REPORT.html [RUNS]
// Prints JSON: the median over RUNS fresh page loads of the time from navigation start
// to the end of the first render (the page's "gradebox-interactive" mark), and of a
// filter and a search once it is open.
import { open } from "./browser.mjs";
import { pathToFileURL } from "node:url";
import { resolve } from "node:path";

const [report, runsArg] = process.argv.slice(2);
const runs = Number(runsArg || 5);
const url = pathToFileURL(resolve(report)).href;
const median = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const tti = [], filter = [], search = [];
let errors = [];
for (let i = 0; i < runs; i++) {
  const { page, log, close } = await open();
  await page.goto(url + "#view=list");
  await page.waitForSelector("body[data-ready='1']");
  tti.push(await page.evaluate(() => performance.getEntriesByName("gradebox-interactive")[0].startTime));
  const before = Number(await page.getAttribute("#row-count", "data-count"));
  let t = Date.now();
  await page.selectOption("#f-verdict", "wrong_answer");
  await page.waitForFunction((n) => Number(document.querySelector("#row-count")?.dataset.count) !== n, before);
  filter.push(Date.now() - t);
  const filtered = Number(await page.getAttribute("#row-count", "data-count"));
  t = Date.now();
  await page.fill("#f-q", "print");
  await page.waitForFunction((n) => Number(document.querySelector("#row-count")?.dataset.count) !== n, filtered);
  search.push(Date.now() - t - 200);
  errors = errors.concat(log.errors);
  await close();
}
console.log(JSON.stringify({ runs, tti_ms: Math.round(median(tti)), tti_all_ms: tti.map(Math.round), filter_ms: median(filter),
  search_ms_after_200ms_debounce: median(search), console_errors: errors.length }));
