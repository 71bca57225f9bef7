// Screenshots of a report's views: node shoot.mjs REPORT.html OUT_DIR [--top] [HASH...]
// Each HASH (a view's fragment, e.g. "view=list&verdict=wrong_answer") gives
// OUT_DIR/view-N.png: the whole page, or with --top only the first screenful.
import { open } from "./browser.mjs";
import { pathToFileURL } from "node:url";
import { mkdirSync } from "node:fs";
import { resolve, join } from "node:path";

const [report, out, ...rest] = process.argv.slice(2);
const top = rest.includes("--top");
const hashes = rest.filter((a) => a !== "--top");
mkdirSync(out, { recursive: true });
const { page, log, close } = await open(top ? { width: 1100, height: 860 } : undefined);
const url = pathToFileURL(resolve(report)).href;
for (const [n, hash] of (hashes.length ? hashes : ["view=summary"]).entries()) {
  await page.goto(url + "#" + hash);
  await page.waitForSelector("body[data-ready='1']");
  await page.screenshot({ path: join(out, `view-${n}.png`), fullPage: !top });
}
console.log(JSON.stringify(log, null, 1));
await close();
