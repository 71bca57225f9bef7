// Headless Debian Chromium driven by playwright-core (pinned in package-lock.json,
// installed by ./install). Run under `unshare -n` (see ./run): the browser has no
// network at all, so "nothing fetched" is a fact, not a hope.
import { createRequire } from "node:module";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir, homedir } from "node:os";
import { join } from "node:path";

const home = process.env.GRADEBOX_HOME || join(homedir(), ".cache", "gradebox");
const require = createRequire(join(home, "node", "package.json"));
const { chromium } = require("playwright-core");

export const CHROMIUM = process.env.GRADEBOX_CHROMIUM || "/usr/bin/chromium";

/** A fresh profile and a page that records console errors and every request. */
export async function open(viewport = { width: 1280, height: 900 }) {
  const profile = mkdtempSync(join(tmpdir(), "gradebox-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
      "--disable-sync", "--no-first-run", "--disable-default-apps", "--disable-extensions"],
  });
  const page = context.pages()[0] || (await context.newPage());
  const log = { errors: [], requests: [] };
  page.on("console", (m) => { if (m.type() === "error" || m.type() === "warning") log.errors.push(m.type() + ": " + m.text()); });
  page.on("pageerror", (e) => log.errors.push("pageerror: " + e.message));
  page.on("dialog", (d) => { log.errors.push("dialog: " + d.message()); d.dismiss(); });
  context.on("request", (r) => log.requests.push(r.url()));
  const close = async () => { await context.close(); rmSync(profile, { recursive: true, force: true }); };
  return { page, log, close };
}
