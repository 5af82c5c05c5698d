// End to end: the map's layers (issue 22) in a host page on another origin: none fetched
// until a reader turns one on; the checkboxes by click and keyboard; the `layers`
// attribute and property and the `layers-change` event; a card's "show on the map"
// button; an unknown id; axe with every layer on; and screenshots of each layer in both
// languages in tests/e2e/output/ for a person to look at.

import { test, before } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { mkdir } from "node:fs/promises";
import { pagesAndBrowser, bundleManifest } from "./host.mjs";
import { watch } from "./browser.mjs";

const OUT = "tests/e2e/output";
const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const env = pagesAndBrowser();
let LAYERS = [];

before(async () => {
  await mkdir(OUT, { recursive: true });
  LAYERS = (await bundleManifest()).layers.ids;
});

async function open({ width = 1200, height = 1100, colorScheme = "light" } = {}) {
  const page = await env.browser.newPage({ viewport: { width, height }, colorScheme });
  const log = watch(page);
  const layerFiles = [];
  page.on("request", (r) => {
    // A layer's own files (each language's integrity table comes with the first).
    if (r.url().includes("/map-layer/") && !r.url().includes(".integrity.")) layerFiles.push(r.url());
  });
  await page.goto(env.pages.host.url + "map-host.html");
  await page.waitForSelector("hotspot-map#wide[data-ready]");
  await page.evaluate(() => {
    window.changes = [];
    document.addEventListener("layers-change", (e) => window.changes.push({ from: e.target.id, ...e.detail }));
  });
  return { page, log, layerFiles };
}

const box = (page, id, el = "wide") => page.locator(`#${el} [data-testid=map-layer][value="${id}"]`);
const drawn = (page, el = "wide") =>
  page.evaluate((el) => [...document.getElementById(el).shadowRoot.querySelectorAll(".hm-drawn [data-layer]")].map((g) => g.dataset.layer), el);

test("the layers are real: every one has a file in each language", () => {
  assert.ok(LAYERS.length >= 3, JSON.stringify(LAYERS));
});

test("no layer is fetched until a reader turns one on; a click draws it and says so", async () => {
  const { page, log, layerFiles } = await open();
  assert.equal(await page.locator("#wide [data-testid=map-layer]").count(), LAYERS.length);
  assert.deepEqual(layerFiles, [], "a map with no layer on fetches no layer");
  assert.equal(await page.evaluate(() => document.getElementById("wide").layers), "");
  const first = LAYERS[0];
  await box(page, first).click();
  await page.locator(`#wide .hm-legend[data-layer="${first}"]`).waitFor();
  assert.deepEqual(await drawn(page), [first]);
  assert.equal(layerFiles.length, 1, JSON.stringify(layerFiles));
  assert.equal(await page.getAttribute("#wide", "layers"), first);
  assert.equal(await page.evaluate(() => document.getElementById("wide").layers), first);
  assert.match(await page.locator("#wide [data-testid=map-layer-status]").innerText(), /shown on the map/);
  const legend = page.locator(`#wide .hm-legend[data-layer="${first}"]`);
  // The keys and the first statement show; the rest opens on request (a short layout).
  assert.equal(await legend.locator(".hm-keys li").first().isVisible(), true);
  assert.equal(await legend.locator(".hm-sources").isVisible(), false);
  await legend.locator(".hm-more > summary").click();
  assert.match(await legend.innerText(), /Checked against the record up to \d{1,2} [A-Z][a-z]+ \d{4}/);
  // The text alternative: a table of every line, with how it was drawn and its source.
  await legend.locator(".hm-table summary").click();
  const rows = await legend.locator("tbody tr").count();
  assert.ok(rows >= 1);
  assert.equal(await legend.locator("tbody tr th[scope=row]").count(), rows);
  // Off again: no new fetch when it comes back.
  await box(page, first).click();
  await page.waitForFunction(() => document.getElementById("wide").layers === "");
  assert.deepEqual(await drawn(page), []);
  assert.match(await page.locator("#wide [data-testid=map-layer-status]").innerText(), /taken off the map/);
  await box(page, first).click();
  await page.waitForFunction((id) => document.getElementById("wide").layers === id, first);
  assert.equal(layerFiles.length, 1, "fetched once");
  assert.deepEqual(await page.evaluate(() => window.changes), [
    { from: "wide", layers: first },
    { from: "wide", layers: "" },
    { from: "wide", layers: first },
  ]);
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.warnings, []);
  await page.close();
});

test("the keyboard reaches every checkbox and Space turns a layer on and off", async () => {
  const { page, log } = await open();
  const second = LAYERS[1];
  await box(page, second).focus();
  await page.keyboard.press("Space");
  await page.waitForFunction((id) => document.getElementById("wide").layers === id, second);
  assert.equal(await box(page, second).isChecked(), true);
  // The focus ring is visible.
  const outline = await box(page, second).evaluate((el) => getComputedStyle(el).outlineStyle);
  assert.notEqual(outline, "none");
  await page.keyboard.press("Space");
  await page.waitForFunction(() => document.getElementById("wide").layers === "");
  assert.deepEqual(log.errors, []);
  await page.close();
});

test("the attribute and the property choose the layers; an unknown id warns once", async () => {
  const { page, log } = await open();
  const [a, b] = LAYERS;
  await page.evaluate((v) => (document.getElementById("wide").layers = v), `${b} ${a}`);
  await page.waitForFunction((n) => document.getElementById("wide").shadowRoot.querySelectorAll(".hm-drawn [data-layer]").length === n, 2);
  assert.deepEqual(await drawn(page), [a, b], "drawn in layer order");
  assert.equal(await page.getAttribute("#wide", "layers"), `${b} ${a}`, "the author's value is kept as written");
  assert.equal(await page.evaluate(() => document.getElementById("wide").layers), `${a} ${b}`);
  await page.evaluate((v) => document.getElementById("wide").setAttribute("layers", v), `${a} atlantis`);
  await page.waitForFunction((id) => document.getElementById("wide").layers === id, a);
  const mine = log.warnings.filter((w) => w.includes("<hotspot-map>"));
  assert.equal(mine.length, 1, JSON.stringify(log.warnings));
  assert.match(mine[0], /atlantis/);
  assert.deepEqual(log.errors, []);
  await page.close();
});

test("a card's \"show on the map\" box draws the layer that matters to it, and shows its state", async () => {
  const { page, log } = await open();
  await page.evaluate(() => (document.getElementById("wide").selected = "east-china-sea"));
  const card = page.locator("#wide [data-testid=map-card] [data-testid=card-layer]").first();
  await card.waitFor();
  const id = await card.getAttribute("value");
  assert.equal(await card.isChecked(), false);
  await card.click();
  await page.waitForFunction((id) => document.getElementById("wide").layers.split(" ").includes(id), id);
  await page.locator(`#wide .hm-legend[data-layer="${id}"]`).waitFor();
  assert.ok((await drawn(page)).includes(id));
  assert.equal(await box(page, id).isChecked(), true, "the panel's box follows");
  // The panel's box turns it off: the card's follows.
  await box(page, id).click();
  await page.waitForFunction(() => document.getElementById("wide").layers === "");
  assert.equal(await card.isChecked(), false);
  assert.deepEqual(log.errors, []);
  await page.close();
});

test("every layer on: no axe violation, light and dark", async () => {
  for (const colorScheme of ["light", "dark"]) {
    const { page, log } = await open({ colorScheme });
    await page.evaluate((v) => (document.getElementById("wide").layers = v), LAYERS.join(" "));
    await page.waitForFunction((n) => document.getElementById("wide").shadowRoot.querySelectorAll(".hm-legend").length === n, LAYERS.length);
    for (const s of await page.locator("#wide .hm-more > summary").all()) await s.click();
    for (const s of await page.locator("#wide .hm-table summary").all()) await s.click();
    await page.addScriptTag({ path: AXE });
    const violations = await page.evaluate(async () => {
      // The host page's own landmarks and headings are not the widget's to give.
      const rules = { "landmark-one-main": { enabled: false }, "page-has-heading-one": { enabled: false }, region: { enabled: false } };
      const r = await window.axe.run(document, { resultTypes: ["violations"], rules });
      return r.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(" | ")}`);
    });
    assert.deepEqual(violations, [], colorScheme);
    assert.deepEqual(log.errors, []);
    await page.close();
  }
});

test("screenshots of each layer in both languages", async () => {
  const { page } = await open({ width: 1200, height: 1000 });
  for (const lang of ["en", "ja"]) {
    await page.evaluate((lang) => document.getElementById("wide").setAttribute("lang", lang), lang);
    for (const id of LAYERS) {
      await page.evaluate((v) => (document.getElementById("wide").layers = v), id);
      await page.locator(`#wide .hm-legend[data-layer="${id}"]`).waitFor();
      await page.waitForFunction(
        ([id, lang]) => {
          const el = document.getElementById("wide");
          return el.shadowRoot.querySelector(`.hm-drawn [data-layer="${id}"]`) && el.shadowRoot.querySelector(".hm").getAttribute("lang") === lang;
        },
        [id, lang],
      );
      await page.locator("#wide").screenshot({ path: `${OUT}/layer-${id}-${lang}.png` });
      // The map alone, small: the copies in docs/layers/ come from these.
      await page.locator("#wide .hm-frame").screenshot({ path: `${OUT}/layer-${id}-${lang}-map.jpg`, type: "jpeg", quality: 70 });
    }
  }
  await page.close();
});
