// End to end: the teaching page (issue 6). The built dist/ is served on 127.0.0.1 and
// driven by a real browser: both languages, deep links, copy link, the "Embed this"
// snippets pasted into fresh host pages on another origin, the iframe embed with the
// resizer, print media, JavaScript off, strict CSP, layout stability and timings.
//
//   trunk build --release && node --test tests/e2e/page.test.mjs

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve } from "../../scripts/serve.mjs";
import { launch, watch } from "./browser.mjs";
import { bundleManifest } from "./host.mjs";
import { hold, quiet, until } from "./wait.mjs";

// Every glossary entry, as the build counted them (the page's index lists each once).
const ENTRIES = (await bundleManifest()).terms.ids.length;
const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:";
let site, strict, hostDir, host, browser;

before(async () => {
  site = await serve("dist");
  strict = await serve("dist", { headers: { "content-security-policy": CSP } });
  hostDir = await mkdtemp(join(tmpdir(), "page-host-"));
  const iframeHost = await readFile("tests/e2e/pages/page-iframe-host.html", "utf8");
  await writeFile(join(hostDir, "iframe-host.html"), iframeHost.replaceAll("BUNDLE/", site.url));
  host = await serve(hostDir);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await host?.close();
  await strict?.close();
  await site?.close();
});

const ALL_READY = () => document.querySelectorAll(":is(glossary-term, deterrence-slider, hotspot-map):not([data-ready])").length === 0;

async function open(path = "", { context, viewport = { width: 1280, height: 900 } } = {}) {
  const ctx = context ?? (await browser.newContext({ viewport }));
  const page = await ctx.newPage();
  const log = watch(page);
  await page.goto(site.url + path);
  await page.waitForSelector("deterrence-slider[data-ready]");
  return { page, log, ctx, close: () => (context ? page.close() : ctx.close()) };
}

async function visibleText(page, selector) {
  return page.locator(selector).evaluateAll((els) => els.filter((e) => e.checkVisibility()).map((e) => e.innerText).join("\n"));
}

/** A fresh host page on another origin holding `body` verbatim. */
async function hostPage(name, body, lang = "en") {
  await writeFile(
    join(hostDir, name),
    `<!doctype html>\n<html lang="${lang}"><head><meta charset="utf-8"><title>Host ${name}</title></head>\n<body><h1>Host page</h1>\n${body}\n</body></html>\n`,
  );
  return host.url + name;
}

test("the page in Japanese: one language shown, lesson cited, widgets mounted, no warning", async () => {
  const { page, log, close } = await open();
  await page.waitForFunction(ALL_READY);
  assert.equal(await page.evaluate(() => document.documentElement.lang), "ja");
  assert.equal(await page.locator("h1").count(), 1);
  assert.match(await visibleText(page, "h1"), /対立と協力のあいだ/);
  assert.equal(await page.locator('h1 .t[lang="en"]').isVisible(), false, "the English title is hidden");
  const lesson = await visibleText(page, "main .lesson");
  assert.match(lesson, /戦略的互恵関係/);
  assert.doesNotMatch(lesson, /Between rivalry|the brief/, "no English lesson text shows");
  // Each of the five sections cites its seed, and every seed is cited somewhere.
  for (const id of ["s1", "s2", "s3", "s4", "s5"]) {
    assert.ok((await page.locator(`#${id} .t[lang="ja"] .cite a[href^="#src-seed-"]`).count()) > 0, `${id} cites a seed`);
  }
  for (const seed of ["000", "001", "002", "003", "004"]) {
    assert.ok((await page.locator(`main a[href="#src-seed-${seed}"]`).count()) > 0, `seed ${seed} is cited`);
    assert.ok(await page.locator(`#src-seed-${seed}`).isVisible(), `seed ${seed} is in the source list`);
  }
  // Glossary terms throughout: marked by hand and by <glossary-scope>.
  const marked = await page.evaluate(() => [...document.querySelectorAll("glossary-scope")].reduce((n, s) => n + Number(s.getAttribute("data-terms-marked") ?? 0), 0));
  assert.ok(marked > 40, `the scopes marked ${marked} terms`);
  // The slider speaks the page's language (it has no lang of its own).
  assert.match(await page.locator("#slider [data-testid=slider-zone]").innerText(), /均衡/);
  // The glossary index: every term, both names.
  assert.equal(await page.locator("#gi-list > li").count(), ENTRIES);
  assert.match(await page.locator("#term-reassurance").innerText(), /安心供与[\s\S]*reassurance/);
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.warnings, []);
  assert.deepEqual(log.consoleErrors, []);
  await close();
});

test("the page in English: the switch shows English, sets <html lang>, is remembered", async () => {
  const { page, log, ctx, close } = await open();
  await page.click('[data-set-lang="en"]');
  assert.equal(await page.evaluate(() => document.documentElement.lang), "en");
  assert.equal(await page.getAttribute('[data-set-lang="en"]', "aria-pressed"), "true");
  assert.match(await visibleText(page, "h1"), /^Between rivalry and cooperation/);
  const lesson = await visibleText(page, "main .lesson");
  assert.match(lesson, /mutually beneficial relationship/);
  assert.doesNotMatch(lesson, /戦略的互恵関係とは|提言は/, "no Japanese lesson text shows");
  assert.match(await page.title(), /^Between rivalry/);
  // Widgets without their own lang follow <html lang>.
  await page.waitForFunction(() => /Balanced/.test(document.querySelector("#slider").shadowRoot?.querySelector("[data-testid=slider-zone]")?.textContent ?? ""));
  // A popover in the English lesson is in English.
  await page.click('#s2 .t[lang="en"] glossary-term[term="deterrence"] [data-testid=glossary-trigger]');
  await page.locator('#s2 .t[lang="en"] glossary-term[term="deterrence"] [data-testid=glossary-popover]').waitFor({ state: "visible" });
  assert.match(await page.locator('#s2 .t[lang="en"] glossary-term[term="deterrence"] [data-testid=glossary-definition]').innerText(), /discouraging attack/);
  await page.keyboard.press("Escape");
  // Remembered: a new page in the same browser profile opens in English, without a hash.
  const again = await ctx.newPage();
  await again.goto(site.url);
  assert.equal(await again.evaluate(() => document.documentElement.lang), "en");
  assert.equal(await again.locator('h1 .t[lang="ja"]').isVisible(), false);
  // …and switching back is remembered too.
  await again.click('[data-set-lang="ja"]');
  const third = await ctx.newPage();
  await third.goto(site.url);
  assert.equal(await third.evaluate(() => document.documentElement.lang), "ja");
  assert.deepEqual(log.errors, []);
  await close();
});

test("a deep link restores the language, the slider value and the selected hotspot", async () => {
  const { page, log, close } = await open("#lang=en&value=30&hotspot=taiwan");
  assert.equal(await page.evaluate(() => document.documentElement.lang), "en");
  assert.equal(await page.evaluate(() => document.querySelector("#slider").value), 30);
  assert.equal(await page.locator("#slider [data-testid=slider-input]").inputValue(), "30");
  // The map is tinted by the model's risk at 30 (30/100: moderate) through its host.
  assert.equal(await page.getAttribute("#map", "data-risk"), "moderate");
  assert.equal(await page.evaluate(() => document.querySelector("#map").style.getPropertyValue("--hotspot-risk")), "0.30");
  assert.match(await page.locator("#risk-legend").innerText(), /30\/100 \(moderate\)/);
  // Selecting a hotspot brings up its recommended measures.
  assert.equal(await page.locator("#measures-taiwan").isVisible(), true);
  assert.equal(await page.locator("#measures-south-china-sea").isVisible(), false);
  await page.waitForSelector("hotspot-map[data-ready]");
  assert.equal(await page.evaluate(() => document.querySelector("#map").selected), "taiwan");
  await page.locator("#map [data-testid=map-card]").waitFor();
  assert.match(await page.locator("#map [data-testid=map-card]").innerText(), /Taiwan/);
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.warnings, []);
  await close();
});

test("bad values in a deep link fall back to the defaults with a visible note", async () => {
  const { page, close } = await open("#lang=fr&value=abc&hotspot=atlantis");
  assert.equal(await page.evaluate(() => document.documentElement.lang), "ja");
  assert.equal(await page.evaluate(() => document.querySelector("#slider").value), 50);
  assert.equal(await page.locator(".measure:visible").count(), 4, "nothing selected: every place's measures show");
  const note = page.locator("#url-note");
  assert.ok(await note.isVisible());
  const text = await note.innerText();
  for (const bad of ["lang=fr", "value=abc", "hotspot=atlantis"]) assert.ok(text.includes(bad), `${bad} in "${text}"`);
  await close();
});

test("reader changes update the URL; the widgets talk through their public events", async () => {
  const { page, close } = await open();
  await page.focus("#slider [data-testid=slider-input]");
  await page.keyboard.press("PageDown");
  await page.keyboard.press("PageDown");
  await page.waitForFunction(() => location.hash.includes("value=30"));
  assert.equal(await page.getAttribute("#map", "data-risk"), "moderate");
  await page.keyboard.press("Home");
  await page.waitForFunction(() => location.hash.includes("value=0"));
  assert.equal(await page.getAttribute("#map", "data-risk"), "severe");
  await page.waitForSelector("hotspot-map[data-ready]");
  await page.click("#map [data-testid=map-hotspot][data-id=south-china-sea]");
  await page.waitForFunction(() => location.hash.includes("hotspot=south-china-sea"));
  assert.equal(await page.locator("#measures-south-china-sea").isVisible(), true);
  assert.equal(await page.locator("#measures-taiwan").isVisible(), false);
  // "Show all" clears the selection in the map too.
  await page.click("#measures-all");
  await page.waitForFunction(() => !location.hash.includes("hotspot=") && !document.querySelector("#map").hasAttribute("hotspot"));
  assert.equal(await page.locator(".measure:visible").count(), 4);
  // In-page links (the contents) keep the state in the address bar.
  const kept = await page.evaluate(() => location.hash);
  await page.click('.toc a[href="#s4"]');
  await page.waitForFunction(() => document.activeElement?.id === "s4");
  assert.equal(await page.evaluate(() => location.hash), kept);
  // Editing the hash by hand (or following a link) restores that state.
  await page.evaluate(() => (location.hash = "lang=en&value=90"));
  await page.waitForFunction(() => document.documentElement.lang === "en");
  assert.equal(await page.locator("#slider [data-testid=slider-input]").inputValue(), "90");
  await close();
});

test("copy link round-trips: the copied URL opens the same view", async () => {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await ctx.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(site.url).origin });
  const { page } = await open("", { context: ctx });
  await page.click('[data-set-lang="en"]');
  await page.focus("#slider [data-testid=slider-input]");
  await page.keyboard.press("PageUp");
  await page.keyboard.press("ArrowRight");
  await page.waitForSelector("hotspot-map[data-ready]");
  await page.click("#map [data-testid=map-hotspot][data-id=korean-peninsula]");
  await page.click("#copy-link");
  await page.waitForFunction(() => /Copied/.test(document.querySelector("#page-status").textContent));
  const url = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(url, `${site.url}#lang=en&value=61&hotspot=korean-peninsula`);
  assert.ok((await page.locator("#page-status").innerText()).includes(url), "the status shows the link too");
  // Opened in a fresh browser context (no remembered language), it shows the same view.
  const { page: fresh, close } = await open(url.slice(site.url.length));
  assert.equal(await fresh.evaluate(() => document.documentElement.lang), "en");
  assert.equal(await fresh.locator("#slider [data-testid=slider-input]").inputValue(), "61");
  await fresh.waitForSelector("hotspot-map[data-ready]");
  assert.equal(await fresh.evaluate(() => document.querySelector("#map").selected), "korean-peninsula");
  await close();
  await ctx.close();
});

test("embed snippets round-trip: pasted into a fresh host page, each shows the same state", async () => {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await ctx.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(site.url).origin });
  const { page, log } = await open("#lang=en&value=30&hotspot=east-china-sea", { context: ctx });

  // The slider: script tag and iframe, copied with the panel's buttons.
  const panel = page.locator('.embed-panel[data-embed-for="deterrence-slider"]');
  await panel.locator("summary").click();
  await panel.locator('button[data-copy="script"]').click();
  const script = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(script, await panel.locator('code[data-snippet="script"]').textContent());
  assert.match(script, /<script type="module" src="http:\/\/127\.0\.0\.1:\d+\/explainers\.js"><\/script>\n<deterrence-slider lang="en" value="30"><\/deterrence-slider>/);
  await panel.locator('button[data-copy="iframe"]').click();
  const iframe = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(iframe, /<iframe src="[^"]*\?embed=deterrence-slider&amp;lang=en&amp;value=30"/);
  assert.match(iframe, /<script src="[^"]*\/resizer\.js" async><\/script>/);

  const viaScript = await ctx.newPage();
  const scriptLog = watch(viaScript);
  await viaScript.goto(await hostPage("slider-script.html", script, "ja"));
  await viaScript.waitForSelector("deterrence-slider[data-ready]");
  assert.equal(await viaScript.locator("[data-testid=slider-input]").inputValue(), "30");
  assert.match(await viaScript.locator("[data-testid=slider-zone]").innerText(), /Mostly deterrence/, "lang=en in a Japanese page");
  assert.deepEqual(scriptLog.errors, []);

  const viaIframe = await ctx.newPage();
  await viaIframe.goto(await hostPage("slider-iframe.html", iframe));
  const frame = viaIframe.frameLocator("iframe");
  await frame.locator("deterrence-slider[data-ready]").waitFor();
  assert.equal(await frame.locator("[data-testid=slider-input]").inputValue(), "30");
  assert.match(await frame.locator("[data-testid=slider-zone]").innerText(), /Mostly deterrence/);
  // The resizer in the snippet fits the iframe to its content (not the snippet's 900px).
  const content = await frame.locator(".embed-view").evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
  await viaIframe.waitForFunction((h) => document.querySelector("iframe").style.height === `${h}px`, content);

  // The map: the script snippet and the iframe snippet keep lang and selection.
  const mapPanel = page.locator('.embed-panel[data-embed-for="hotspot-map"]');
  await mapPanel.locator("summary").click();
  const mapScript = await mapPanel.locator('code[data-snippet="script"]').textContent();
  assert.match(mapScript, /<hotspot-map lang="en" hotspot="east-china-sea"><\/hotspot-map>$/);
  const mapIframe = await mapPanel.locator('code[data-snippet="iframe"]').textContent();
  const a = await ctx.newPage();
  await a.goto(await hostPage("map-script.html", mapScript, "ja"));
  await a.waitForSelector("hotspot-map[data-ready]");
  assert.equal(await a.evaluate(() => document.querySelector("hotspot-map").selected), "east-china-sea");
  assert.match(await a.locator("[data-testid=map-card]").innerText(), /East China Sea/);
  const b = await ctx.newPage();
  await b.goto(await hostPage("map-iframe.html", mapIframe));
  const f = b.frameLocator("iframe");
  await f.locator("hotspot-map[data-ready]").waitFor();
  assert.equal(await f.locator("hotspot-map").evaluate((el) => el.selected), "east-china-sea");
  assert.match(await f.locator("[data-testid=map-card]").innerText(), /East China Sea/);
  assert.match(await f.locator(".embed-source a").getAttribute("href"), /#lang=en&value=50&hotspot=east-china-sea$/);

  // The glossary panel follows the last term opened (glossary-open).
  await page.click('#s1 .t[lang="en"] glossary-term[term="constructive-stable-relations"] [data-testid=glossary-trigger]');
  const gPanel = page.locator('.embed-panel[data-embed-for="glossary-term"]');
  await gPanel.locator("summary").click();
  const gScript = await gPanel.locator('code[data-snippet="script"]').textContent();
  assert.match(gScript, /<glossary-term lang="en" term="constructive-stable-relations">constructive and stable relations<\/glossary-term>$/);
  const g = await ctx.newPage();
  await g.goto(await hostPage("term-script.html", `<p>${gScript}</p>`, "ja"));
  await g.waitForSelector("glossary-term[data-ready]");
  await g.click("[data-testid=glossary-trigger]");
  assert.match(await g.locator("[data-testid=glossary-definition]").innerText(), /October 2021/);
  assert.deepEqual(log.errors, []);
  await ctx.close();
});

test("an iframe embed resizes in a host page with js/resizer.js", async () => {
  const ctx = await browser.newContext({ viewport: { width: 1000, height: 800 } });
  const page = await ctx.newPage();
  const log = watch(page);
  await page.goto(host.url + "iframe-host.html");
  const frame = page.frameLocator("#embed");
  await frame.locator("deterrence-slider[data-ready]").waitFor();
  const contentHeight = () => frame.locator(".embed-view").evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
  const frameHeight = () => page.evaluate(() => parseFloat(document.getElementById("embed").style.height));
  await page.waitForFunction(() => parseFloat(document.getElementById("embed").style.height) > 400);
  const first = await frameHeight();
  assert.ok(first > 400, `fitted to ${first}px, not the 150px of the markup`);
  assert.equal(first, await contentHeight());
  // The embed shows the widget alone (no lesson), in English, at 30, with a source line
  // and a link back to the full page holding the same state.
  assert.equal(await frame.locator("#main, .lesson, #gi-list").count(), 0, "the lesson is gone");
  assert.equal(await frame.locator("[data-testid=slider-input]").inputValue(), "30");
  assert.match(await frame.locator(".embed-source").innerText(), /Policy Brief No\. 217/);
  assert.match(await frame.locator(".embed-source a").getAttribute("href"), /index\.html#lang=en&value=30$/);
  // Content grows (the model's rules opened): the iframe follows.
  await frame.locator("[data-testid=slider-how] > summary").click();
  await page.waitForFunction((h) => parseFloat(document.getElementById("embed").style.height) > h + 50, first);
  // Narrower: the content reflows taller; the iframe follows again.
  const wide = await frameHeight();
  await page.setViewportSize({ width: 420, height: 800 });
  await page.waitForFunction((h) => parseFloat(document.getElementById("embed").style.height) > h + 50, wide);
  // It settles at its content's height (a height the iframe takes can reflow the
  // content again, and the embed then posts once more).
  await until(page, async () => (await frameHeight()) === (await contentHeight()), "the iframe's height to match its content's");
  assert.equal(await frameHeight(), await contentHeight());
  // The resizer ignores messages not from that iframe, not from its origin, or of the
  // wrong shape.
  const before = await frameHeight();
  const embedFrame = await (await page.$("#embed")).contentFrame();
  const otherFrame = await (await page.$("#other")).contentFrame();
  // Each sender ends with a marker the resizer ignores; messages from one window arrive
  // in order, so once the host has every marker it has handled every message before it.
  const DONE = "resizer-test-done";
  await page.evaluate((done) => {
    window.markers = 0;
    window.addEventListener("message", (e) => e.data === done && window.markers++);
  }, DONE);
  await page.evaluate((done) => {
    window.postMessage({ type: "east-asia-explainers:height", height: 77 }, "*");
    window.postMessage(done, "*");
  }, DONE);
  await otherFrame.evaluate((done) => {
    parent.postMessage({ type: "east-asia-explainers:height", height: 66 }, "*");
    parent.postMessage(done, "*");
  }, DONE);
  await embedFrame.evaluate((done) => {
    parent.postMessage({ type: "east-asia-explainers:height", height: "55" }, "*");
    parent.postMessage({ type: "something-else", height: 44 }, "*");
    parent.postMessage({ type: "east-asia-explainers:height", height: 1e9 }, "*");
    parent.postMessage("east-asia-explainers:height 33", "*");
    parent.postMessage(done, "*");
  }, DONE);
  // Regression (issue 24): only frames it recognises as embeds. The embed's own frame
  // naming another widget, a data: frame and a same-origin frame that is not an embed
  // are ignored (an element with the flag's id is on the page: the resizer still runs).
  await embedFrame.evaluate((done) => {
    parent.postMessage({ type: "east-asia-explainers:height", height: 99, embed: "hotspot-map" }, "*");
    parent.postMessage(done, "*");
  }, DONE);
  const dataFrame = await (await page.$("#data-frame")).contentFrame();
  await dataFrame.evaluate((done) => {
    parent.postMessage({ type: "east-asia-explainers:height", height: 5000, embed: "deterrence-slider" }, "*");
    parent.postMessage(done, "*");
  }, DONE);
  const sameOrigin = await (await page.$("#same-origin")).contentFrame();
  await sameOrigin.evaluate((done) => {
    parent.postMessage({ type: "east-asia-explainers:height", height: 5000, embed: null }, "*");
    parent.postMessage(done, "*");
  }, DONE);
  await page.waitForFunction(() => window.markers === 6);
  await quiet(page, 200);
  assert.equal(await frameHeight(), before);
  assert.equal(await page.evaluate(() => document.getElementById("other").style.height), "", "about:blank is not an embed");
  for (const id of ["data-frame", "same-origin"]) {
    assert.equal(await page.evaluate((id) => document.getElementById(id).style.height, id), "", `${id} is not an embed`);
  }
  assert.deepEqual(log.errors, []);
  await ctx.close();
});

test("embed mode: bad parameters fall back to a default view with a visible note", async () => {
  const page = await browser.newPage();
  await page.goto(site.url + "index.html?embed=deterrence-slider&lang=xx&value=250");
  await page.waitForSelector("deterrence-slider[data-ready]");
  assert.equal(await page.evaluate(() => document.documentElement.lang), "ja");
  assert.equal(await page.locator("[data-testid=slider-input]").inputValue(), "100");
  const note = await page.locator(".embed-note").innerText();
  assert.match(note, /lang=xx/);
  assert.match(note, /value=250/);
  await page.goto(site.url + "index.html?embed=nope&lang=en");
  const unknown = page.locator(".embed-note");
  assert.match(await unknown.innerText(), /embed=nope/);
  assert.equal(await unknown.locator('a[href*="embed=deterrence-slider"]').count(), 1);
  assert.equal(await unknown.locator('a[href*="embed=hotspot-map"]').count(), 1);
  assert.equal(await page.locator(".embed-source a").count(), 1, "a link back to the full page");
  assert.equal(await page.locator("#main, .lesson, glossary-term").count(), 0, "nothing else on the page");
  // Regression (issue 24): a prototype key is an unknown widget, not a blank frame, and a
  // long value is repeated cut short.
  await page.goto(site.url + "index.html?embed=__proto__&lang=en&value=" + "9".repeat(500));
  const proto = page.locator(".embed-note");
  assert.match(await proto.innerText(), /embed=__proto__/);
  assert.equal(await proto.locator('a[href*="embed=deterrence-slider"]').count(), 1);
  await page.goto(site.url + "index.html?embed=hotspot-map&lang=en&hotspot=" + "x".repeat(500));
  await page.waitForSelector("hotspot-map[data-ready]");
  const long = await page.locator(".embed-note").innerText();
  assert.ok(long.includes("x".repeat(60) + "…") && !long.includes("x".repeat(61)), long);
  await page.goto(site.url + "index.html?embed=hotspot-map&lang=en&selected=atlantis");
  await page.waitForSelector("hotspot-map[data-ready]");
  assert.match(await page.locator(".embed-note").innerText(), /selected=atlantis/);
  assert.equal(await page.evaluate(() => document.querySelector("hotspot-map").selected), null);
  await page.close();
});

test("print media: a clean handout without controls, everything expanded, source URLs shown", async () => {
  const { page, close } = await open("#lang=en&value=30&hotspot=taiwan");
  await page.fill("#gi-q", "fonop");
  await page.emulateMedia({ media: "print" });
  for (const sel of [".tools", ".widget", ".embed-panel", ".gi-search", ".toc", "#risk-legend", "#measures-all"]) {
    const shown = await page.locator(sel).evaluateAll((els) => els.some((e) => e.checkVisibility()));
    assert.equal(shown, false, `${sel} is hidden in print`);
  }
  // Every place's measures and every glossary entry print, whatever the screen showed.
  assert.equal(await page.locator(".measure:visible").count(), 4);
  assert.equal(await page.locator("#gi-list > li:visible").count(), ENTRIES);
  assert.equal(await page.locator('#gi-list .gi-def[lang="en"]:visible').count(), ENTRIES);
  assert.equal(await page.locator('#gi-list .gi-def[lang="ja"]:visible').count(), 0, "one language");
  // The state of the widgets is written out, with the page's URL.
  assert.match(await page.locator("#slider-print-state").innerText(), /30\/100 \(mostly deterrence\)/);
  assert.match(await page.locator(".print-url").innerText(), /#lang=en&value=30&hotspot=taiwan/);
  // Links to sources show their URL.
  const link = page.locator('#s3 .t[lang="en"] .cite a[href^="http"]').first();
  const [after, href] = await link.evaluate((a) => [getComputedStyle(a, "::after").content, a.href]);
  assert.ok(after.includes(new URL(href).host), `${after} shows ${href}`);
  // It really prints: a PDF with a few pages.
  const pdf = await page.pdf({ format: "A4" });
  assert.ok(pdf.length > 10_000);
  await page.emulateMedia({ media: "screen" });
  assert.ok(await page.locator(".tools").isVisible());
  await close();
});

test("without JavaScript the lesson reads in both languages and says what needs JavaScript", async () => {
  const ctx = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
  const page = await ctx.newPage();
  await page.goto(site.url + "#lang=en");
  const note = page.locator(".nojs-note");
  assert.ok(await note.isVisible());
  assert.match(await note.innerText(), /JavaScript が必要/);
  assert.match(await note.innerText(), /need JavaScript/);
  // Both languages, every section, Japanese first.
  assert.ok(await page.locator('h1 .t[lang="ja"]').isVisible());
  assert.ok(await page.locator('h1 .t[lang="en"]').isVisible());
  for (const id of ["s1", "s2", "s3", "s4", "s5"]) {
    assert.ok(await page.locator(`#${id} > .t[lang="ja"]`).isVisible(), `${id} ja`);
    assert.ok(await page.locator(`#${id} > .t[lang="en"]`).isVisible(), `${id} en`);
  }
  const text = await page.locator("#main").innerText();
  assert.match(text, /戦略的互恵関係/);
  assert.match(text, /Three principles/);
  assert.ok(text.indexOf("1. 対立と協力") < text.indexOf("1. Rivals and partners"));
  // The widgets show their fallback content; the controls that need JavaScript are hidden.
  assert.match(await page.locator("#slider .fallback").innerText(), /needs JavaScript/);
  assert.match(await page.locator("#map .fallback").innerText(), /JavaScript が必要/);
  assert.equal(await page.locator(".tools").isVisible(), false);
  assert.equal(await page.locator(".embed-panel").first().isVisible(), false);
  assert.equal(await page.locator(".measure:visible").count(), 4);
  // No reserved blank space without JavaScript.
  assert.ok((await page.locator("#slider").boundingBox()).height < 600);
  assert.equal(await page.locator("#gi-list > li:visible").count(), ENTRIES);
  await ctx.close();
});

test("under a strict CSP (no inline script or style) the page works and reports no violation", async () => {
  const page = await browser.newPage();
  const log = watch(page);
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(strict.url + "#lang=en&value=70");
  await page.waitForSelector("deterrence-slider[data-ready]");
  await page.waitForFunction(ALL_READY);
  assert.equal(await page.evaluate(() => document.documentElement.dataset.lang), "en");
  assert.equal(await page.getAttribute("#map", "data-risk"), "low");
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(log.errors, []);
  await page.close();
});

test("fast: the text paints before the wasm arrives, and mounting shifts nothing", async () => {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 4000 } });
  const page = await ctx.newPage();
  await page.addInitScript(() => {
    window.__shift = 0;
    const add = (entries) => {
      for (const e of entries) if (!e.hadRecentInput) window.__shift += e.value;
    };
    const observer = new PerformanceObserver((list) => add(list.getEntries()));
    observer.observe({ type: "layout-shift", buffered: true });
    // The total now, with the entries not yet handed to the observer's callback.
    window.__shiftNow = () => (add(observer.takeRecords()), window.__shift);
  });
  // Hold the wasm until the text has painted.
  const wasm = await hold(page, "**/*.wasm");
  await page.goto(site.url, { waitUntil: "domcontentloaded" });
  await page.waitForFunction(() => performance.getEntriesByName("first-contentful-paint").length > 0);
  assert.ok(await page.locator("h1").isVisible());
  assert.equal(await page.locator(":is(deterrence-slider, hotspot-map)[data-ready]").count(), 0, "no widget has mounted yet");
  assert.ok(await page.locator("#slider .fallback").isVisible(), "the slider's fallback shows meanwhile");
  wasm.release();
  await page.waitForFunction(ALL_READY);
  await page.evaluate(() => document.fonts.ready);
  // Nothing shifts once every widget is ready, either.
  await quiet(page, 300);
  const shift = await page.evaluate(() => window.__shiftNow());
  assert.ok(shift < 0.02, `cumulative layout shift ${shift.toFixed(4)}`);
  await ctx.close();
});

async function axe(page) {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ["violations"] });
    return r.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(" | ")}`);
  });
}

test("accessibility beyond the default view: English, dark, panels open, search, embed mode", async () => {
  for (const colorScheme of ["light", "dark"]) {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme });
    const { page } = await open("#lang=en&value=10&hotspot=south-china-sea", { context: ctx });
    await page.waitForFunction(ALL_READY);
    for (const summary of await page.locator(".embed-panel > summary").all()) await summary.click();
    await page.fill("#gi-q", "sea");
    assert.deepEqual(await axe(page), [], `page, en, ${colorScheme}`);
    await page.goto(site.url + "index.html?embed=hotspot-map&lang=en&selected=taiwan&value=x");
    await page.waitForSelector("[data-ready]");
    assert.deepEqual(await axe(page), [], `embed, ${colorScheme}`);
    await ctx.close();
  }
});

// (The page's first paint and interactive times are `make bench`'s to measure; the test
// above checks that the text paints before the wasm arrives, issue 23.)

test("the language not shown costs nothing: its scopes mark terms only once the reader switches to it", async () => {
  const { page, close } = await open();
  const marked = (lang) =>
    page.evaluate((lang) => [...document.querySelectorAll(`[lang="${lang}"] glossary-scope, glossary-scope[lang="${lang}"]`)].filter((s) => s.hasAttribute("data-terms-marked")).length, lang);
  // Every scope of the language shown has marked its terms; then, for a while, no other.
  await page.waitForFunction(() => [...document.querySelectorAll("glossary-scope")].filter((s) => s.closest("[lang]").lang === "ja").every((s) => s.hasAttribute("data-terms-marked")));
  await quiet(page, 500);
  assert.ok((await marked("ja")) > 0);
  assert.equal(await marked("en"), 0, "the hidden English text is not scanned");
  await page.click('button[data-set-lang="en"]');
  await page.waitForFunction(() => document.querySelector('[lang="en"] glossary-scope[data-terms-marked]'));
  assert.ok((await marked("en")) > 0);
  await close();
});

test("the map's layers live in the URL, the embed snippets and the iframe embed (issue 22)", async () => {
  const { page, log, ctx, close } = await open("#lang=en&layers=adiz+atlantis");
  await page.waitForSelector("hotspot-map[data-ready]");
  assert.equal(await page.getAttribute("#map", "layers"), "adiz");
  await page.locator('#map .hm-legend[data-layer="adiz"]').waitFor();
  const notes = await page.locator("#url-note").innerText();
  assert.ok(notes.includes("layers=atlantis"), notes);
  // A reader's checkbox: the hash and the snippets follow.
  await page.click('#map [data-testid=map-layer][value="disputed-islands"]');
  await page.waitForFunction(() => location.hash.includes("layers=adiz+disputed-islands"));
  const panel = page.locator('.embed-panel[data-embed-for="hotspot-map"]');
  await panel.locator("summary").click();
  const script = await panel.locator('code[data-snippet="script"]').textContent();
  assert.match(script, /<hotspot-map lang="en" layers="adiz disputed-islands"><\/hotspot-map>$/);
  const iframe = await panel.locator('code[data-snippet="iframe"]').textContent();
  assert.match(iframe, /layers=adiz\+disputed-islands/);
  const b = await ctx.newPage();
  await b.goto(await hostPage("map-layers-iframe.html", iframe));
  const f = b.frameLocator("iframe");
  await f.locator("hotspot-map[data-ready]").waitFor();
  assert.equal(await f.locator("hotspot-map").evaluate((el) => el.layers), "adiz disputed-islands");
  await f.locator('.hm-legend[data-layer="disputed-islands"]').waitFor();
  assert.match(await f.locator(".embed-source a").getAttribute("href"), /layers=adiz\+disputed-islands$/);
  // Editing the hash by hand takes them off.
  await page.evaluate(() => (location.hash = "#lang=en&value=50"));
  await page.waitForFunction(() => !document.querySelector("#map").hasAttribute("layers"));
  assert.deepEqual(log.errors, []);
  await close();
});
