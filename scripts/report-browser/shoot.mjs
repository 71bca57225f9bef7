// Screenshots of a report's views: node shoot.mjs REPORT.html OUT_DIR [HASH...]
import { open } from "./browser.mjs";
import { pathToFileURL } from "node:url";
import { mkdirSync } from "node:fs";
import { resolve, join } from "node:path";

const [report, out, ...hashes] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const { page, log, close } = await open();
const url = pathToFileURL(resolve(report)).href;
for (const [n, hash] of (hashes.length ? hashes : ["view=summary"]).entries()) {
  await page.goto(url + "#" + hash);
  await page.waitForSelector("body[data-ready='1']");
  await page.screenshot({ path: join(out, `view-${n}.png`), fullPage: true });
}
console.log(JSON.stringify(log, null, 1));
await close();
