// Delivery (issue 9): content-hashed files named by the manifest, the smallest variant
// for the page, nothing fetched for a term before the reader's first intent, a failed
// load that leaves plain text and one warning, and a CDN version range that never
// mixes releases.

import { test, before } from "node:test";
import assert from "node:assert/strict";
import { cp, mkdir, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { serve } from "../../scripts/serve.mjs";
import { watch } from "./browser.mjs";
import { bundleManifest, pagesAndBrowser } from "./host.mjs";
import { hold, nextWarning, quiet } from "./wait.mjs";
import { PAGES } from "../../bench/scenarios.mjs";
import { HASHED } from "../../scripts/hashed.mjs";
import { STABLE_FILES } from "../../scripts/linkcards/pages.mjs";
import { keyIndex, keyed, termKey } from "../../js/term-key.mjs";

// The stable URLs: the loader, the resizer, the teaching page and its assets, and the
// manifest's informational copy. Everything else must carry its content hash.
// (The WordPress plugin's zip has a stable name: the guide links it at its version's URL.)
const STABLE = new Set(["explainers.js", "resizer.js", "index.html", "page.js", "page.css", "boot.js", "manifest.json", "wordpress/east-asia-explainers.zip"]);

// A page with every widget and an author's own term: the one that needs the full variant.
const EVERYTHING = (b) => PAGES["authors.html"](b).replace("</body>", "<deterrence-slider></deterrence-slider><hotspot-map></hotspot-map></body>");
// An article with terms and a scope: the `scope` variant.
const SCOPED = (b) => PAGES["glossary.html"](b).replace("<h1>記事</h1>", "<h1>記事</h1><glossary-scope><p>抑止と安心供与。</p></glossary-scope>");
const env = pagesAndBrowser({ extra: { ...PAGES, "everything.html": EVERYTHING, "scoped.html": SCOPED } });
let manifest;
before(async () => (manifest = await bundleManifest()));

async function walk(dir, prefix = "") {
  const out = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const rel = prefix + e.name;
    if (e.isDirectory()) out.push(...(await walk(join(dir, e.name), rel + "/")));
    else out.push(rel);
  }
  return out;
}

test("every file but the stable URLs has a content hash in its name, and the manifest names only files that exist", async () => {
  const files = await walk("dist");
  // The teaching page's own modules (page/*.js) are stable URLs like page.js, and so are
  // the link cards' pages and oEmbed files (ja/, en/hotspot-map/oembed.json, …).
  const unhashed = files.filter((f) => !STABLE.has(f) && !/^page\/[a-z-]+\.js$/.test(f) && !STABLE_FILES.test(f) && !HASHED.test(f));
  assert.deepEqual(unhashed, []);
  const named = [manifest.index];
  for (const v of Object.values(manifest.variants)) named.push(v.js, v.wasm, ...(v.css ? [v.css] : []));
  for (const { folder, table } of Object.values(manifest.kinds)) {
    const { hash, ids } = manifest[table];
    for (const id of ids) named.push(`data/${folder}/ja/${id}.${hash}.json`, `data/${folder}/en/${id}.${hash}.json`);
  }
  const missing = named.filter((f) => !files.includes(f));
  assert.deepEqual(missing, []);
});

// The loader carries the glossary's ids as 24-bit keys (js/term-key.mjs): every id is
// found at its own place by its key, no id text is left in the loader, an id that is not
// an entry is not found, and two ids sharing a key fail the build.
test("the loader carries the glossary's ids as keys: each id at its place, none spelled out", async () => {
  const loader = await readFile("dist/explainers.js", "utf8");
  const { ids } = manifest.terms;
  const [terms, keys] = /terms:\{[^}]*keys:"([0-9a-f]+)"[^}]*\}/.exec(loader) ?? [];
  assert.ok(keys, "the loader's manifest has no terms.keys");
  assert.doesNotMatch(terms, /ids/);
  assert.equal(keys.length, ids.length * 6);
  ids.forEach((id, i) => assert.equal(keyIndex(keys, id), i, id));
  // (A term id may also be another table's: `nine-dash-line` is a layer's.)
  const others = new Set(Object.values(manifest.kinds).flatMap(({ table }) => (table === "terms" ? [] : manifest[table].ids)));
  const spelled = ids.filter((id) => !others.has(id) && loader.includes(`"${id}"`));
  assert.deepEqual(spelled, []);
  for (const typo of ["reasurance", "deterrence ", "Deterrence", "", "constructor", "__proto__"]) assert.equal(keyIndex(keys, typo), -1, typo);
  // A collision, found by search, is refused with both ids named.
  const seen = new Map();
  let pair;
  for (let n = 0; !pair; n++) {
    const id = `t${n}`;
    const k = termKey(id);
    if (seen.has(k)) pair = [seen.get(k), id];
    else seen.set(k, id);
  }
  assert.throws(() => keyed("terms", { ids: pair, hash: "x" }), new RegExp(`"${pair[0]}" and "${pair[1]}" share the key`));
  assert.deepEqual(keyed("terms", { ids: ["a", "b"], hash: "x", shard: 2 }), { hash: "x", shard: 2, keys: termKey("a") + termKey("b") });
});

// Regression: wasm-streams (through Leptos's server_fn) exported three classes the widgets
// never use, which kept their code and the futures machinery in every variant; dropping
// their exports after linking left 3.6 KB brotli of it in the glossary variant (their
// async methods reach the indirect-call table), with the Streams bindings in the glue.
// crates/no-wasm-streams stands in for the crate, without the classes.
const UNUSED_CLASSES = ["IntoUnderlyingByteSource", "IntoUnderlyingSink", "IntoUnderlyingSource"];
test("no variant exports a dependency's unused class or keeps its bindings, and each exports the loader's functions", async () => {
  const unused = UNUSED_CLASSES.map((c) => c.toLowerCase());
  for (const [name, v] of Object.entries(manifest.variants)) {
    const exports = WebAssembly.Module.exports(new WebAssembly.Module(await readFile(join("dist", v.wasm)))).map((e) => e.name);
    assert.deepEqual(exports.filter((e) => unused.some((c) => e.includes(c))), [], name);
    for (const f of ["mount", "unmount", "update", "property", "tags", "setDataSource"]) assert.ok(exports.includes(f), `${name} exports ${f}`);
    const glue = await readFile(join("dist", v.js), "utf8");
    assert.ok(!UNUSED_CLASSES.some((c) => glue.includes(c)), `${name} glue still has an unused class`);
    // The byte streams' binding, which only those classes used.
    assert.ok(!glue.includes("byobRequest"), `${name} glue still has the Streams bindings`);
  }
});

// scripts/short-names.mjs: wasm-bindgen's hashed names for what joins a wasm to its glue
// (about 2.5 KB brotli per variant) are short in both; the variants work (every other
// test here loads them).
test("each variant's imports and wasm-bindgen's own exports have short names, in the wasm and the glue", async () => {
  for (const [name, v] of Object.entries(manifest.variants)) {
    const module = new WebAssembly.Module(await readFile(join("dist", v.wasm)));
    const imports = WebAssembly.Module.imports(module);
    assert.ok(imports.length > 50, name);
    assert.deepEqual(imports.filter((i) => i.module !== "a" || i.name.length > 2), [], name);
    const exports = WebAssembly.Module.exports(module).map((e) => e.name);
    assert.deepEqual(exports.filter((e) => /^(__wbindgen_|__externref_|wasm_bindgen__)/.test(e)), [], name);
    const glue = await readFile(join("dist", v.js), "utf8");
    assert.ok(!/__wbg_|__wbindgen_|_bg\.js/.test(glue), `${name}: the glue still has a long name`);
  }
});

// scripts/bundle.mjs `loaderInit`: each glue has the one initialiser the loader calls
// (with a module or bytes), not wasm-bindgen's others (a URL fetched, a Response
// streamed with its MIME-type warning, `initSync`): 0.3 KB brotli of every glue. The
// variants still start (every other test here loads them).
test("each glue has only the initialiser the loader calls", async () => {
  for (const [name, v] of Object.entries(manifest.variants)) {
    const glue = await readFile(join("dist", v.js), "utf8");
    assert.ok(!/instantiateStreaming|application\/wasm|initSync|import\.meta/.test(glue), `${name}: the glue still has wasm-bindgen's other initialisers`);
    assert.match(glue, /WebAssembly\.instantiate\(/, name);
  }
});

// Regression: send_wrapper recorded and checked the thread of every value Leptos keeps
// that is not `Send`, which linked std's thread-handle code into every variant (2.6 KB
// brotli of the glossary's wasm) for a check that single-threaded wasm always passes;
// crates/one-thread-send-wrapper stands in for it. Its panic messages are the trace.
test("no variant links std's thread handle or send_wrapper's thread checks", async () => {
  for (const [name, v] of Object.entries(manifest.variants)) {
    const wasm = (await readFile(join("dist", v.wasm))).toString("latin1");
    assert.ok(!wasm.includes("std::thread::current()"), `${name}: std::thread::current is linked`);
    assert.ok(!/SendWrapper<T> variable from a thread/.test(wasm), `${name}: send_wrapper's thread checks are linked`);
  }
});

// Issue 25 (a glossary-only article fetched 7.6 KB before any interaction, over its 6):
// what runs only once code loads (checking files, instantiating, mounting, the data
// source) is js/runtime.mjs, bundled into each glue, not the loader; each glue carries
// only the parts its variant uses, and its CSS.
test("the loader's second part is in each glue, with only what its variant uses, and the variant's CSS", async () => {
  const loader = await readFile(join("dist", "explainers.js"), "utf8");
  assert.ok(!loader.includes("SHA-384"), "the loader checks no file itself");
  assert.ok(!loader.includes("MessageChannel"), "the loader has no mount queue");
  const attributeFeatures = new Set(Object.values(manifest.elements.elements).flatMap((d) => Object.values(d.features ?? {})));
  for (const [name, v] of Object.entries(manifest.variants)) {
    const glue = await import(pathToFileURL(resolve("dist", v.js)).href);
    for (const f of ["start", "activate", "unmountElement"]) assert.equal(typeof glue[f], "function", `${name} exports ${f}`);
    assert.match(glue.CSS, /\.ex-root\{--_bg:/, `${name}: its CSS, the theme first`);
    const blocks = Object.values(manifest.elements.elements).some((d) => d.feature && v.features.includes(d.feature));
    assert.equal(typeof glue.load, blocks ? "function" : "undefined", `${name}: load`);
    const authors = v.features.some((f) => attributeFeatures.has(f));
    assert.equal((await readFile(join("dist", v.js), "utf8")).includes("is not the page's origin"), authors, `${name}: an author's glossary file`);
  }
});

async function fetched(page) {
  const urls = [];
  page.on("requestfinished", (r) => urls.push(new URL(r.url()).pathname));
  return urls;
}

test("a glossary-only article fetches only the loader until a term is used, then the glossary variant and that entry", async () => {
  const page = await env.browser.newPage();
  const log = watch(page);
  const urls = await fetched(page);
  await page.goto(env.pages.host.url + "glossary.html");
  await page.waitForLoadState("networkidle");
  await quiet(page, 300);
  const untilIntent = urls.filter((u) => new URL(env.pages.bundle.url).pathname !== u && !u.endsWith(".html"));
  assert.deepEqual(untilIntent, ["/explainers.js"]);
  // The trigger is already a named, focusable button with its state.
  const trigger = page.locator("glossary-term[term=reassurance] [data-testid=glossary-trigger]");
  assert.equal(await trigger.getAttribute("role"), "button");
  assert.equal(await trigger.getAttribute("aria-expanded"), "false");
  await trigger.focus();
  await page.locator("glossary-term[term=reassurance] [data-testid=glossary-popover][data-open=true]").waitFor();
  // Focus stayed on the word when the full widget took over.
  assert.equal(await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.getAttribute("data-testid")), "glossary-trigger");
  const after = urls.filter((u) => !untilIntent.includes(u) && !u.endsWith(".html")).sort();
  // The entry, its language's integrity table (issue 24) and the one shard of it that
  // checks the entry (issue 25: not every entry's check), the glue (with its CSS: no
  // request of its own) and the wasm.
  const { hash, ids, shard } = manifest.terms;
  const k = Math.floor(ids.indexOf("reassurance") / shard);
  const { js, wasm } = manifest.variants.glossary;
  // Both lists sorted: the order of the names hangs on their hashes (a glue whose hash
  // sorted after its wasm's failed this).
  assert.deepEqual(after, [`/data/glossary/ja.integrity.${k}.${hash}.json`, `/data/glossary/ja.integrity.${hash}.json`, `/data/glossary/ja/reassurance.${hash}.json`, `/${js}`, `/${wasm}`].sort());
  assert.deepEqual(log.errors, []);
  await page.close();
});

// Issue 25: a second popover on the same page should need no round trip.
test("after a first popover, the entries of the other terms in view arrive in idle time; the next popover fetches nothing", async () => {
  const page = await env.browser.newPage();
  const log = watch(page);
  const urls = await fetched(page);
  await page.goto(env.pages.host.url + "glossary.html");
  await page.waitForLoadState("networkidle");
  await page.locator("glossary-term[term=reassurance] [data-testid=glossary-trigger]").focus();
  await page.locator("glossary-term[term=reassurance] [data-testid=glossary-popover][data-open=true]").waitFor();
  const entries = () => urls.filter((u) => u.includes("/data/glossary/") && !u.includes(".integrity.")).sort();
  assert.deepEqual(entries(), [`/data/glossary/ja/reassurance.${manifest.terms.hash}.json`], "nothing more with the first popover");
  // The other terms of the article are in view: their entries come after the first one.
  const ids = await page.evaluate(() => [...document.querySelectorAll("glossary-term[term]")].map((t) => t.getAttribute("term")));
  const want = [...new Set(ids)].map((id) => `/data/glossary/ja/${id}.${manifest.terms.hash}.json`).sort();
  // Entries only: the glossary's integrity table is under /data/glossary/ too (a count
  // that took it for an entry passed one entry early, and raced the last).
  await page.waitForFunction((n) => performance.getEntriesByType("resource").filter((e) => e.name.includes("/data/glossary/") && !e.name.includes(".integrity.")).length >= n, want.length, { timeout: 10_000 });
  await page.waitForLoadState("networkidle");
  assert.deepEqual(entries(), want);
  const before = urls.length;
  await page.keyboard.press("Escape");
  const other = ids.find((id) => id !== "reassurance");
  await page.locator(`glossary-term[term=${other}] [data-testid=glossary-trigger]`).first().focus();
  await page.locator(`glossary-term[term=${other}] [data-testid=glossary-popover][data-open=true]`).first().waitFor();
  assert.deepEqual(urls.slice(before), [], "the second popover fetched nothing");
  assert.deepEqual(log.errors, []);
  await page.close();
});

test("a page picks the smallest variant that has its widgets", async () => {
  // A page with a scope needs a variant with it; only the terms-only variant lacks it.
  const scoped = await env.browser.newPage();
  const scopedUrls = await fetched(scoped);
  await scoped.goto(env.pages.host.url + "scoped.html");
  await scoped.waitForSelector("glossary-scope[data-terms-marked]");
  assert.deepEqual(scopedUrls.filter((u) => u.endsWith(".wasm")), [`/${manifest.variants.scope.wasm}`]);
  await scoped.close();
  assert.ok(!manifest.variants.glossary.features.includes("scope"), "the terms-only variant leaves the scope out");
  for (const name of ["scope", "authors", "slider", "map", "widgets", "full"]) assert.ok(manifest.variants[name].features.includes("scope"), name);
  for (const [name, variant] of [["slider.html", "slider"], ["map.html", "map"], ["all.html", "widgets"], ["everything.html", "full"]]) {
    const page = await env.browser.newPage();
    const urls = await fetched(page);
    await page.goto(env.pages.host.url + name);
    await page.waitForSelector(":is(deterrence-slider, hotspot-map)[data-ready]");
    await page.waitForLoadState("networkidle");
    assert.deepEqual(urls.filter((u) => u.endsWith(".wasm")), [`/${manifest.variants[variant].wasm}`], name);
    // The map fetches no card until a hotspot is selected.
    assert.equal(urls.filter((u) => u.includes("/data/map/")).length, 0, name);
    await page.close();
  }
});

test("authors' own terms load the variant with them; a page without them never does", async () => {
  const page = await env.browser.newPage();
  const urls = await fetched(page);
  await page.goto(env.pages.host.url + "authors.html");
  await page.locator("glossary-term[term=kantei-note] [data-testid=glossary-trigger]").focus();
  await page.locator("glossary-term[term=kantei-note] [data-testid=glossary-popover][data-open=true]").waitFor();
  assert.deepEqual(urls.filter((u) => u.endsWith(".wasm")), [`/${manifest.variants.authors.wasm}`]);
  // The inline entry needs no data file.
  assert.deepEqual(urls.filter((u) => u.includes("/data/")), []);
  await page.close();
  assert.ok(!manifest.variants.glossary.features.includes("authors"), "the glossary-only variant leaves authors' code out");
});

// A page whose widget cannot have its own data (`files`: a pattern of the paths): the
// widget does not mount, its light DOM shows, and one warning names the file.
async function withoutItsData(name, tag, files) {
  const page = await env.browser.newPage();
  const log = watch(page);
  await page.route(`**/${files.split("/").slice(0, 3).join("/")}/**`, (route) => route.abort());
  await page.goto(env.pages.host.url + name);
  await page.evaluate(async () => {
    const url = document.querySelector("script[src$='explainers.js']").src;
    await (await import(url)).ready();
  });
  assert.equal(await page.locator(`${tag}[data-ready]`).count(), 0, `${tag}: not mounted`);
  assert.equal(await page.evaluate((tag) => document.querySelector(tag).shadowRoot, tag), null, `${tag}: its light DOM shows`);
  const warnings = log.warnings.filter((w) => !/Failed to load resource/.test(w));
  assert.equal(warnings.length, 1, JSON.stringify(warnings));
  assert.match(warnings[0], new RegExp(`could not load the widgets \\(could not load .*/${files}\\.[0-9a-f]+\\.json: `));
  await page.close();
}

test("the slider fetches its words in the page's language only; without them it keeps its own content", async () => {
  const page = await env.browser.newPage();
  const words = [];
  page.on("request", (r) => r.url().includes("/data/slider/") && !r.url().includes(".integrity.") && words.push(new URL(r.url()).pathname));
  await page.goto(env.pages.host.url + "slider.html");
  await page.waitForSelector("deterrence-slider[data-ready]");
  assert.deepEqual(words, [`/data/slider/ja/words.${manifest.slider.hash}.json`]);
  await page.close();

  await withoutItsData("slider.html", "deterrence-slider", "data/slider/ja/words");
});

test("the map fetches its land once and its words in the language shown; without them it keeps its own content", async () => {
  const page = await env.browser.newPage();
  const log = watch(page);
  const files = [];
  page.on("request", (r) => r.url().includes("/data/map-view/") && !r.url().includes(".integrity.") && files.push(new URL(r.url()).pathname));
  await page.goto(env.pages.host.url + "map.html");
  await page.waitForSelector("hotspot-map[data-ready]");
  const { hash } = manifest.map;
  assert.deepEqual(files.sort(), [`/data/map-view/ja/land.${hash}.json`, `/data/map-view/ja/words.${hash}.json`]);
  // The land is drawn, the names are the page's language's.
  const map = page.locator("hotspot-map");
  assert.ok((await map.locator(".hm-land path").count()) > 10);
  assert.equal(await map.locator("[data-testid=map-hotspot][data-id=taiwan]").innerText(), "台湾");
  // Another language: its words only, not the land again.
  await page.evaluate(() => document.querySelector("hotspot-map").setAttribute("lang", "en"));
  await map.locator("[data-testid=map-hotspot][data-id=taiwan]", { hasText: "Taiwan" }).waitFor();
  assert.deepEqual(files.slice(2), [`/data/map-view/en/words.${hash}.json`]);
  assert.ok((await map.locator(".hm-land path").count()) > 10);
  assert.deepEqual(log.warnings, []);
  await page.close();

  await withoutItsData("map.html", "hotspot-map", "data/map-view/ja/(land|words)");

  // The other language's words cannot load: the map keeps its own, with one warning.
  const kept = await env.browser.newPage();
  const keptLog = watch(kept);
  await kept.route("**/data/map-view/en/**", (route) => route.fulfill({ status: 503, body: "" }));
  await kept.goto(env.pages.host.url + "map.html");
  await kept.waitForSelector("hotspot-map[data-ready]");
  const warned = nextWarning(kept, /^<hotspot-map>/);
  await kept.evaluate(() => document.querySelector("hotspot-map").setAttribute("lang", "en"));
  await warned;
  const mine = keptLog.warnings.filter((w) => !/Failed to load resource/.test(w));
  assert.equal(mine.length, 1, JSON.stringify(mine));
  assert.match(mine[0], /^<hotspot-map>: could not load .*\/data\/map-view\/en\/words\.[0-9a-f]+\.json: HTTP 503; the map keeps what it shows\.$/);
  assert.equal(await kept.locator("hotspot-map [data-testid=map-hotspot][data-id=taiwan]").innerText(), "台湾");
  await kept.close();
});

// Regression: a map whose language changed while its data loaded mounted with no words
// (its hotspot buttons empty until the other language's arrived).
test("a widget whose language changes while its data loads mounts with the new language's", async () => {
  const page = await env.browser.newPage();
  const log = watch(page);
  // The Japanese data is held until the language has changed.
  const data = await hold(page, "**/data/map-view/ja/**");
  const loaded = page.goto(env.pages.host.url + "map.html");
  await data.asked;
  await page.evaluate(() => {
    const map = document.querySelector("hotspot-map");
    window.names = new Promise((resolve) =>
      map.addEventListener("explainer-ready", (e) => {
        resolve([...e.target.shadowRoot.querySelectorAll("[data-testid=map-hotspot]")].map((b) => b.textContent));
      }),
    );
    map.setAttribute("lang", "en");
  });
  data.release();
  const names = await page.evaluate(() => window.names);
  await loaded;
  assert.deepEqual(names.sort(), ["East China Sea", "Korean Peninsula", "South China Sea", "Taiwan"]);
  assert.deepEqual(log.warnings, []);
  await page.close();
});

// Regression: a term's entry was requested in the language it had at the reader's
// intent, and waited for in the one it had once the code arrived; when the language
// changed in between, the requests started with the code were never taken (and kept
// for the page's life).
test("a term whose language changes while its code loads takes the requests started with it", async () => {
  const page = await env.browser.newPage();
  const log = watch(page);
  // The glossary's code is held until the language has changed.
  const code = await hold(page, "**/explainers-glossary.*.js");
  await page.goto(env.pages.host.url + "glossary.html");
  await page.locator("glossary-term[term=reassurance] [data-testid=glossary-trigger]").focus();
  await code.asked;
  await page.evaluate(() => (document.documentElement.lang = "en"));
  code.release();
  await page.locator("glossary-term[term=reassurance] [data-testid=glossary-popover][data-open=true]").waitFor();
  const untaken = await page.evaluate(() => [...globalThis[Symbol.for("east-asia-explainers")].early.keys()]);
  assert.deepEqual(untaken, []);
  assert.deepEqual(log.warnings, []);
  assert.deepEqual(log.errors, []);
  await page.close();
});

test("when the wasm cannot load, a used term stays plain text with one warning", async () => {
  const page = await env.browser.newPage();
  const log = watch(page);
  await page.route("**/*.wasm", (route) => route.abort());
  await page.goto(env.pages.host.url + "glossary.html");
  const term = page.locator("glossary-term[term=reassurance]");
  await term.locator("[data-testid=glossary-trigger]").focus();
  await page.waitForFunction(() => !document.querySelector("glossary-term[term=reassurance]").shadowRoot.querySelector("[data-testid=glossary-trigger]"));
  assert.equal(await term.innerText(), "用語1");
  assert.equal(log.warnings.filter((w) => w.includes("could not")).length, 1, JSON.stringify(log.warnings));
  assert.deepEqual(log.errors.filter((e) => !/Failed to load resource|ERR_FAILED/.test(e)), []);
  await page.close();
});

// Regression: a data file that could not load gave two warnings, one from the loader
// for the file and one from the widget for its fallback. Now the one that decides what
// the reader sees instead warns, once, naming the file and why.
test("a data file that cannot load gives one warning, naming it: a term's entry, a related entry, a card", async () => {
  const page = await env.browser.newPage();
  const log = watch(page);
  const refuse = (path) => page.route(`**/${path}.*.json`, (route) => route.fulfill({ status: 503, body: "" }));
  await refuse("data/glossary/ja/deterrence");
  await refuse("data/glossary/ja/security-dilemma");
  await page.goto(env.pages.host.url + "glossary.html");
  const mine = () => log.warnings.filter((w) => !/Failed to load resource/.test(w));

  // A term whose entry cannot load: plain text (the loader decides, and warns).
  const bad = page.locator("glossary-term[term=deterrence]");
  await bad.locator("[data-testid=glossary-trigger]").focus();
  await page.waitForFunction(() => !document.querySelector("glossary-term[term=deterrence]").shadowRoot.querySelector("[data-testid=glossary-trigger]"));
  assert.equal(mine().length, 1, JSON.stringify(mine()));
  assert.match(mine()[0], /glossary-term term="deterrence".*data\/glossary\/ja\/deterrence\.[0-9a-f]+\.json: HTTP 503.*plain text/);

  // A related entry that cannot load, after mount: the popover stays on its entry (the
  // wasm decides, and warns, naming the element).
  const term = page.locator("glossary-term[term=reassurance]");
  await term.locator("[data-testid=glossary-trigger]").focus();
  await term.locator("[data-testid=glossary-popover][data-open=true] [data-testid=glossary-definition]").waitFor();
  const warned = nextWarning(page, /^<glossary-term>: could not load .*security-dilemma/);
  await term.locator("[data-testid=glossary-related][data-term=security-dilemma]").click();
  await warned;
  await quiet(page, 100);
  assert.equal(mine().length, 2, JSON.stringify(mine()));
  assert.match(mine()[1], /^<glossary-term>: could not load .*security-dilemma\.[0-9a-f]+\.json: HTTP 503; the popover stays on the entry it opened on\.$/);
  assert.equal(await term.locator("[data-testid=glossary-popover] .gx-card").getAttribute("data-term"), "reassurance");
  await page.close();

  // A card that cannot load: "unavailable" in the card's place, one warning.
  const map = await env.browser.newPage();
  const mapLog = watch(map);
  await map.route("**/data/map/*/**", (route) => route.fulfill({ status: 503, body: "" }));
  await map.goto(env.pages.host.url + "map.html");
  await map.waitForSelector("hotspot-map[data-ready]");
  await map.evaluate(() => (document.querySelector("hotspot-map").selected = "taiwan"));
  await map.waitForFunction(() => document.querySelector("hotspot-map").shadowRoot.querySelector(".hm-hint[role=status]:not([aria-busy])"));
  await quiet(map, 100);
  const cardWarnings = mapLog.warnings.filter((w) => !/Failed to load resource/.test(w));
  assert.equal(cardWarnings.length, 1, JSON.stringify(cardWarnings));
  assert.match(cardWarnings[0], /^<hotspot-map>: could not load .*taiwan\.[0-9a-f]+\.json: HTTP 503; the card says it is unavailable\.$/);
  await map.close();
});

test("loaded through a CDN version range, the loader fetches its files under its own exact version", async () => {
  // A CDN layout: the range URL serves only explainers.js; the exact version has it all.
  const dir = await mkdtemp(join(tmpdir(), "cdn-"));
  const exact = join(dir, "npm", `east-asia-explainers@${manifest.version}`);
  const range = join(dir, "npm", "east-asia-explainers@0");
  await cp("dist", exact, { recursive: true });
  await mkdir(range, { recursive: true });
  await cp(join("dist", "explainers.js"), join(range, "explainers.js"));
  const cdn = await serve(dir);
  const pageDir = await mkdtemp(join(tmpdir(), "cdn-host-"));
  await writeFile(join(pageDir, "index.html"), PAGES["glossary.html"](`${cdn.url}npm/east-asia-explainers@0/`));
  const pageHost = await serve(pageDir);
  try {
    const page = await env.browser.newPage();
    const log = watch(page);
    const urls = await fetched(page);
    await page.goto(pageHost.url);
    await page.locator("glossary-term[term=deterrence] [data-testid=glossary-trigger]").focus();
    await page.locator("glossary-term[term=deterrence] [data-testid=glossary-popover][data-open=true]").waitFor();
    const fromRange = urls.filter((u) => u.startsWith("/npm/east-asia-explainers@0/") && !u.endsWith("/explainers.js"));
    assert.deepEqual(fromRange, []);
    assert.ok(urls.some((u) => u.startsWith(`/npm/east-asia-explainers@${manifest.version}/`) && u.endsWith(".wasm")));
    assert.deepEqual(log.errors, []);
    await page.close();
  } finally {
    await pageHost.close();
    await cdn.close();
  }
});
