// Launches the machine's Chromium (Debian's /usr/bin/chromium, or CHROMIUM_PATH)
// through playwright-core: no browser download, loopback only.

import { chromium } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export function launch() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** Collects page errors and console warnings/errors, for assertions. */
export function watch(page) {
  const log = { errors: [], warnings: [], consoleErrors: [] };
  page.on("pageerror", (e) => log.errors.push(String(e)));
  page.on("console", (m) => {
    if (m.type() === "warning") log.warnings.push(m.text());
    // The browser's own /favicon.ico probe is not the page's error.
    if (m.type() === "error" && !m.location().url.endsWith("/favicon.ico")) log.consoleErrors.push(m.text());
  });
  return log;
}
