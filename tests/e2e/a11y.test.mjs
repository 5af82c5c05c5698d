// Quality gate: axe-core over every widget, in both languages, light and dark, with
// each widget opened or selected; and over the teaching page. Any violation fails.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { servePages } from "./host.mjs";
import { serve } from "../../scripts/serve.mjs";
import { launch } from "./browser.mjs";

const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
let pages, teaching, browser;

before(async () => {
  pages = await servePages();
  teaching = await serve("dist");
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await pages?.close();
  await teaching?.close();
});

async function axe(page) {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ["violations"] });
    return r.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(" | ")}`);
  });
  return result;
}

for (const lang of ["ja", "en"]) {
  for (const theme of ["light", "dark"]) {
    test(`every widget, ${lang}, ${theme}, opened and selected: no axe violation`, async () => {
      const page = await browser.newPage({ colorScheme: theme });
      await page.goto(pages.host.url + "a11y.html");
      await page.evaluate(({ lang, theme }) => {
        document.documentElement.lang = lang;
        for (const el of document.querySelectorAll("glossary-term, deterrence-slider, hotspot-map")) el.setAttribute("theme", theme);
      }, { lang, theme });
      await page.waitForSelector("deterrence-slider[data-ready]");
      assert.deepEqual(await axe(page), [], "closed state");
      // Open the popover and its explanation, every slider example and the model's rules.
      await page.click("#g [data-testid=glossary-trigger]");
      await page.click("#g [data-testid=glossary-more]");
      await page.evaluate(() => {
        for (const d of document.querySelector("#s").shadowRoot.querySelectorAll("details")) d.open = true;
      });
      // The examples' bodies and the rules' paragraphs, fetched as they open.
      await page.waitForFunction(() => !document.querySelector("#s").shadowRoot.querySelector(".ds-ex-body[aria-busy], .ds-how-body:not([hidden])"));
      await page.evaluate(() => document.querySelector("#m").setAttribute("hotspot", "taiwan"));
      await page.waitForSelector("#m [data-testid=map-card]");
      assert.deepEqual(await axe(page), [], "opened state");
      await page.close();
    });
  }
}

test("the teaching page: no axe violation", async () => {
  const page = await browser.newPage();
  await page.goto(teaching.url);
  await page.waitForFunction(() => document.querySelectorAll("[data-ready]").length > 0);
  assert.deepEqual(await axe(page), []);
  await page.close();
});
