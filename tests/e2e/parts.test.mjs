// The CSS parts the mounted elements show against the ones they declare (issue 23):
// `[[element.part]]` in widgets/*/widget.toml, generated into custom-elements.json's
// `cssParts`. Every element of the contract is used on one page (a popover open, the
// slider moved, a hotspot's card and a layer shown); then every `part` attribute in the
// page, across shadow roots, is given to the nearest element of the contract around it,
// and the test fails on a part an element shows but does not declare, or declares but
// never shows. Run after `make build`: node --test tests/e2e/parts.test.mjs

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { pagesAndBrowser } from "./host.mjs";
import { watch } from "./browser.mjs";
import { openTermWithKeyboard, slideToEnd, selectHotspot } from "./drive.mjs";

const cem = JSON.parse(readFileSync("custom-elements.json", "utf8"));
const DECLARED = Object.fromEntries(
  cem.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.customElement)
    .map((d) => [d.tagName, (d.cssParts ?? []).map((p) => p.name).sort()]),
);

const env = pagesAndBrowser();

test("every part a mounted element shows is declared for it, and every declared part shows", async () => {
  const page = await env.browser.newPage();
  const log = watch(page);
  await page.goto(env.pages.host.url + "contract-host.html");
  await openTermWithKeyboard(page, "#term", "#before");
  await slideToEnd(page, "#slider");
  await selectHotspot(page, "#map", "taiwan");
  await page.locator("#scope").scrollIntoViewIfNeeded();
  await page.waitForSelector("#scope[data-ready]");
  await page.waitForSelector("#term [part=popover]");

  const shown = await page.evaluate((tags) => {
    const out = {};
    // The nearest element of the contract around `el`, across shadow roots.
    const owner = (el) => {
      for (let n = el.parentNode; n; n = n.parentNode) {
        if (n instanceof ShadowRoot) n = n.host;
        if (tags.includes(n.localName)) return n.localName;
      }
      return null;
    };
    const walk = (root) => {
      for (const el of root.querySelectorAll("*")) {
        if (el.hasAttribute("part")) {
          const tag = owner(el) ?? "(no element)";
          for (const p of el.getAttribute("part").split(/\s+/).filter(Boolean)) (out[tag] ??= new Set()).add(p);
        }
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    return Object.fromEntries(Object.entries(out).map(([t, s]) => [t, [...s].sort()]));
  }, Object.keys(DECLARED));

  const differences = [];
  for (const [tag, parts] of Object.entries(shown)) {
    for (const p of parts) if (!(DECLARED[tag] ?? []).includes(p)) differences.push(`<${tag}> shows part "${p}", which its widget.toml does not declare`);
  }
  for (const [tag, parts] of Object.entries(DECLARED)) {
    for (const p of parts) if (!(shown[tag] ?? []).includes(p)) differences.push(`<${tag}> declares part "${p}", which never showed`);
  }
  assert.deepEqual(differences, []);
  assert.deepEqual(log.errors, []);
  await page.close();
});
