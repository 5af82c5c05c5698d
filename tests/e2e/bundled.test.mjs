// A loader taken into an app's own script by a bundler (issue 24): renamed and served
// from the app's origin, it cannot find its files beside itself.
// - without configure({ base }), one warning names the fix (copy the files, call
//   configure) and every element keeps its own content: no blank widget, no error;
// - with it, called right after the import, the widgets load from that base, the
//   slider's CSS asked for as CSS.
// Run after `make build`: node --test tests/e2e/bundled.test.mjs

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { pagesAndBrowser } from "./host.mjs";
import { watch } from "./browser.mjs";

const loader = readFileSync("dist/explainers.js", "utf8");
const body = `<p>Japan stresses <glossary-term id="term" term="deterrence">deterrence</glossary-term>.</p>
<deterrence-slider id="slider" lang="en" value="40"><p id="fallback">An interactive model (needs JavaScript).</p></deterrence-slider>`;
const env = pagesAndBrowser({
  extra: {
    // The app's chunk: the loader under a bundler's name, on the app's origin.
    "index-3f9a2c.js": () => loader,
    "bundled-unconfigured.html": () => `<!doctype html><html lang="en"><head><meta charset="utf-8"><script type="module" src="index-3f9a2c.js"></script></head><body>${body}</body></html>`,
    "bundled-configured.html": (b) =>
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><script type="module">import { configure } from "./index-3f9a2c.js"; configure({ base: "${b}" });</script></head><body>${body}</body></html>`,
  },
});

async function open(path) {
  const page = await env.browser.newPage();
  const log = watch(page);
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(env.pages.host.url + path);
  return { page, log, errors };
}

test("a bundled loader without configure({ base }) says how to fix it once, and the elements keep their own content", async () => {
  const { page, log, errors } = await open("bundled-unconfigured.html");
  await page.waitForFunction(() => customElements.get("deterrence-slider"));
  await page.evaluate(() => new Promise((r) => requestIdleCallback(r, { timeout: 3000 })));
  await page.waitForFunction(() => document.querySelector("#slider") && !document.querySelector("#slider").shadowRoot);
  assert.equal(log.warnings.length, 1, log.warnings.join("\n"));
  assert.match(log.warnings[0], /was bundled into .*index-3f9a2c\.js and cannot find its files: copy them with `npx east-asia-explainers copy public\/explainers` and call configure\(\{ base: "\/explainers\/" \}\)/);
  assert.ok(await page.locator("#fallback").isVisible(), "the slider's own content is shown");
  assert.equal(await page.locator("#term").innerText(), "deterrence");
  assert.deepEqual(errors, []);
  await page.close();
});

test("a bundled loader given its base loads the widgets from there", async () => {
  const { page, log, errors } = await open("bundled-configured.html");
  await page.waitForSelector("#slider[data-ready]");
  assert.equal(await page.evaluate(() => document.querySelector("#slider").shadowRoot.adoptedStyleSheets.length), 2, "base and slider sheets");
  await page.click("#term [data-testid=glossary-trigger]");
  await page.locator("#term [data-testid=glossary-popover]").waitFor({ state: "visible" });
  assert.deepEqual(log.warnings, []);
  assert.deepEqual(errors, []);
  await page.close();
});
