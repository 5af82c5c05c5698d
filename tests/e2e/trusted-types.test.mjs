// Pages that require Trusted Types (issue 24), with a CSP in a meta tag:
// - allowing the policy "east-asia-explainers": every widget mounts and shows its HTML
//   (a popover's definition, the slider, a map card, a scope's terms), no error;
// - not allowing it: one warning naming the policy; every word and every element's own
//   content stays on the page; no uncaught error.
// Run after `make build`: node --test tests/e2e/trusted-types.test.mjs

import { test } from "node:test";
import assert from "node:assert/strict";
import { pagesAndBrowser } from "./host.mjs";
import { watch } from "./browser.mjs";

const page = (names) => (b) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="require-trusted-types-for 'script'; trusted-types ${names}">
<script type="module" src="${b}explainers.js"></script></head><body>
<p>Japan weighs <glossary-term id="term" term="deterrence">deterrence</glossary-term>.</p>
<glossary-scope id="scope"><p>Reassurance matters too.</p></glossary-scope>
<deterrence-slider id="slider" lang="en" value="40"><p id="slider-own">A model (needs JavaScript).</p></deterrence-slider>
<hotspot-map id="map" lang="en" hotspot="taiwan"><p id="map-own">A map (needs JavaScript).</p></hotspot-map>
</body></html>`;

const env = pagesAndBrowser({ extra: { "tt-allowed.html": page("east-asia-explainers"), "tt-other.html": page("someone-else") } });

async function open(path) {
  const p = await env.browser.newPage();
  const log = watch(p);
  const errors = [];
  p.on("pageerror", (e) => errors.push(String(e)));
  const violations = [];
  p.on("console", (m) => m.type() === "error" && violations.push(m.text()));
  await p.goto(env.pages.host.url + path);
  return { page: p, log, errors, violations };
}

test("a page that requires Trusted Types and allows the policy gets every widget", async () => {
  const { page: p, log, errors, violations } = await open("tt-allowed.html");
  await p.evaluate(() => import(document.querySelector("script[type=module]").src).then((m) => m.ready()));
  await p.waitForSelector("#slider[data-ready]");
  await p.waitForSelector("#map[data-ready]");
  await p.waitForSelector("#scope[data-terms-marked]");
  assert.ok(Number(await p.getAttribute("#scope", "data-terms-marked")) >= 1);
  await p.click("#term [data-testid=glossary-trigger]");
  await p.locator("#term [data-testid=glossary-popover]").waitFor({ state: "visible" });
  assert.ok((await p.locator("#term [data-testid=glossary-definition]").innerText()).length > 20);
  assert.ok((await p.locator("#map .hm-card-body").innerText()).length > 20, "the card's build-time HTML is shown");
  assert.deepEqual(log.warnings, []);
  assert.deepEqual(errors, []);
  assert.deepEqual(violations.filter((v) => /Trusted/i.test(v)), []);
  await p.close();
});

test("a page that requires Trusted Types without allowing the policy keeps its words, with one warning", async () => {
  const { page: p, log, errors } = await open("tt-other.html");
  await p.waitForFunction(() => customElements.get("hotspot-map"));
  await p.evaluate(() => new Promise((r) => requestIdleCallback(r, { timeout: 3000 })));
  assert.equal(log.warnings.length, 1, log.warnings.join("\n"));
  assert.match(log.warnings[0], /requires Trusted Types and does not allow the policy "east-asia-explainers": add it to the page's trusted-types directive/);
  assert.equal(await p.locator("#term").innerText(), "deterrence");
  assert.ok(await p.locator("#slider-own").isVisible());
  assert.ok(await p.locator("#map-own").isVisible());
  assert.deepEqual(errors, []);
  await p.close();
});
