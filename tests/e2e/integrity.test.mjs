// Integrity (issue 24): a copy of the built dist/ with files altered after the build,
// as a compromised host or CDN would serve them: a glossary entry, another with its
// shard of the integrity table, the slider's wasm and the map's glue. Each altered file
// is not used: its element keeps its own content with one warning, the glue never runs,
// and the unaltered files still work.
// Run after `make build`: node --test tests/e2e/integrity.test.mjs

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve } from "../../scripts/serve.mjs";
import { launch, watch } from "./browser.mjs";
import { bundleManifest } from "./host.mjs";
import { nextWarning } from "./wait.mjs";

let server, browser, resharded;
before(async () => {
  const m = await bundleManifest();
  const dir = await mkdtemp(join(tmpdir(), "tampered-"));
  await cp("dist", dir, { recursive: true });
  // The entry: the same JSON shape, another definition in its card and description
  // (what the popover would show if the file were used).
  const entry = join(dir, `data/${m.kinds.term.folder}/en/deterrence.${m.terms.hash}.json`);
  const json = JSON.parse(await readFile(entry, "utf8"));
  assert.ok(Array.isArray(json.card) && typeof json.desc === "string", "an entry's file has its card and description");
  const card = json.card.map((part, i) => (i === 0 ? `${part}<p>TAMPERED definition.</p>` : part));
  await writeFile(entry, JSON.stringify({ ...json, desc: "TAMPERED definition.", card }));
  // Another entry altered with its shard of the integrity table rewritten to match it:
  // the table the glue vouches for still names the shard as it was built.
  const { ids, shard } = m.terms;
  assert.ok(shard > 0, "the glossary's integrity table is in shards");
  const shardOf = (id) => Math.floor(ids.indexOf(id) / shard);
  resharded = ids.find((id) => ![shardOf("deterrence"), shardOf("reassurance")].includes(shardOf(id)));
  const other = join(dir, `data/${m.kinds.term.folder}/en/${resharded}.${m.terms.hash}.json`);
  const otherJson = JSON.parse(await readFile(other, "utf8"));
  const altered = JSON.stringify({ ...otherJson, desc: "TAMPERED definition.", card: otherJson.card.map((part, i) => (i === 0 ? `${part}<p>TAMPERED definition.</p>` : part)) });
  await writeFile(other, altered);
  const shardFile = join(dir, `data/${m.kinds.term.folder}/en.integrity.${shardOf(resharded)}.${m.terms.hash}.json`);
  const checks = JSON.parse(await readFile(shardFile, "utf8"));
  checks[ids.indexOf(resharded) % shard] = createHash("sha384").update(altered).digest("base64").slice(0, 16);
  await writeFile(shardFile, JSON.stringify(checks));
  // In Japanese, an entry altered with its shard and the table of shards both rewritten
  // to match: only the glue's check of that table (96 bits, as every link) is left.
  const jaFile = (id) => join(dir, `data/${m.kinds.term.folder}/ja/${id}.${m.terms.hash}.json`);
  const jaJson = JSON.parse(await readFile(jaFile("deterrence"), "utf8"));
  const jaAltered = JSON.stringify({ ...jaJson, desc: "TAMPERED definition.", card: jaJson.card.map((part, i) => (i === 0 ? `${part}<p>TAMPERED definition.</p>` : part)) });
  await writeFile(jaFile("deterrence"), jaAltered);
  const short = (text) => createHash("sha384").update(text).digest("base64").slice(0, 16);
  const jaShardFile = join(dir, `data/${m.kinds.term.folder}/ja.integrity.${shardOf("deterrence")}.${m.terms.hash}.json`);
  const jaChecks = JSON.parse(await readFile(jaShardFile, "utf8"));
  jaChecks[ids.indexOf("deterrence") % shard] = short(jaAltered);
  const jaShard = JSON.stringify(jaChecks);
  await writeFile(jaShardFile, jaShard);
  const jaRootFile = join(dir, `data/${m.kinds.term.folder}/ja.integrity.${m.terms.hash}.json`);
  const jaRoot = JSON.parse(await readFile(jaRootFile, "utf8"));
  jaRoot[shardOf("deterrence")] = short(jaShard);
  await writeFile(jaRootFile, JSON.stringify(jaRoot));
  // The slider's wasm: one byte changed in its middle.
  const wasm = join(dir, m.variants.slider.wasm);
  const bytes = await readFile(wasm);
  bytes[bytes.length >> 1] ^= 0xff;
  await writeFile(wasm, bytes);
  // The map's glue: code added that marks the page if it runs.
  const glue = join(dir, m.variants.map.js);
  await writeFile(glue, `${await readFile(glue, "utf8")}\nglobalThis.tamperedGlueRan = true;\n`);
  const head = `<!doctype html><html lang="en"><head><meta charset="utf-8"><script type="module" src="explainers.js"></script></head>`;
  await writeFile(join(dir, "terms.html"), `${head}<body><p><glossary-term id="bad" term="deterrence">deterrence</glossary-term>, <glossary-term id="resharded" term="${resharded}">${resharded}</glossary-term> and <glossary-term id="good" term="reassurance">reassurance</glossary-term>.</p></body></html>`);
  await writeFile(join(dir, "rooted.html"), `${head.replace('lang="en"', 'lang="ja"')}<body><p><glossary-term id="rooted" term="deterrence">抑止</glossary-term></p></body></html>`);
  await writeFile(join(dir, "slider.html"), `${head}<body><deterrence-slider id="slider" lang="en"><p id="own">A model (needs JavaScript).</p></deterrence-slider></body></html>`);
  await writeFile(join(dir, "map.html"), `${head}<body><hotspot-map id="map" lang="en"><p id="own">A map (needs JavaScript).</p></hotspot-map></body></html>`);
  server = await serve(dir);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path) {
  const page = await browser.newPage();
  const log = watch(page);
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(server.url + path);
  return { page, log, errors };
}
const loaderWarnings = (log) => log.warnings.filter((w) => !/Failed to load resource|integrity/i.test(w) || /east-asia-explainers|<glossary-term|<deterrence-slider|<hotspot-map/.test(w));

test("an altered glossary entry is not shown; the word stays text with one warning, and other entries open", async () => {
  const { page, log, errors } = await open("terms.html");
  const refused = nextWarning(page, /deterrence/);
  await page.click("#bad [data-testid=glossary-trigger]");
  await refused;
  await page.waitForFunction(() => !document.querySelector("#bad").shadowRoot.querySelector("[data-testid=glossary-trigger], [data-testid=glossary-popover]"));
  await page.click("#good [data-testid=glossary-trigger]");
  await page.locator("#good [data-testid=glossary-popover]").waitFor({ state: "visible" });
  assert.doesNotMatch(await page.locator("body").innerText(), /TAMPERED/);
  const warnings = loaderWarnings(log);
  assert.equal(warnings.length, 1, warnings.join("\n"));
  assert.match(warnings[0], /deterrence.*not the file this release built \(integrity\).*plain text/);
  assert.deepEqual(errors, []);
  await page.close();
});

// Regression (issue 25): the glossary's integrity table moved into shards; a shard
// rewritten to vouch for an altered entry is itself checked against the table the glue
// vouches for, so the entry is still not shown.
// Regression: the test waited for `slot:only-child`, which the trigger's own slot already
// is, so it read the warnings before there were any (it failed on a build whose entry
// took longer to refuse).
test("an altered entry with its shard of the integrity table rewritten to match is not shown", async () => {
  const { page, log, errors } = await open("terms.html");
  const refused = nextWarning(page, new RegExp(resharded));
  await page.click("#resharded [data-testid=glossary-trigger]");
  await refused;
  await page.waitForFunction(() => !document.querySelector("#resharded").shadowRoot.querySelector("[data-testid=glossary-trigger], [data-testid=glossary-popover]"));
  assert.doesNotMatch(await page.locator("body").innerText(), /TAMPERED/);
  const warnings = loaderWarnings(log);
  assert.equal(warnings.length, 1, warnings.join("\n"));
  assert.match(warnings[0], new RegExp(`${resharded}.*integrity\\.\\d+\\..*not the file this release built \\(integrity\\).*plain text`));
  assert.deepEqual(errors, []);
  await page.close();
});

// The glue vouches for each data kind's integrity table with its first 96 bits (issue
// 25: a whole SRI each cost 0.5 KB brotli): a table rewritten to vouch for an altered
// shard and entry is refused by that check.
test("an altered entry with its shard and the table of shards rewritten to match is not shown", async () => {
  const { page, log, errors } = await open("rooted.html");
  const refused = nextWarning(page, /deterrence/);
  await page.click("#rooted [data-testid=glossary-trigger]");
  await refused;
  await page.waitForFunction(() => !document.querySelector("#rooted").shadowRoot.querySelector("[data-testid=glossary-trigger], [data-testid=glossary-popover]"));
  assert.doesNotMatch(await page.locator("body").innerText(), /TAMPERED/);
  const warnings = loaderWarnings(log);
  assert.equal(warnings.length, 1, warnings.join("\n"));
  assert.match(warnings[0], /deterrence.*ja\.integrity\.[0-9a-f]+\.json.*not the file this release built \(integrity\).*plain text/);
  assert.deepEqual(errors, []);
  await page.close();
});

test("an altered wasm is not run; the slider keeps its own content with one warning", async () => {
  const { page, log, errors } = await open("slider.html");
  await page.evaluate(() => import("./explainers.js").then((m) => m.ready()).catch(() => {}));
  await page.waitForFunction(() => document.querySelector("#slider")._explainerLoading !== undefined);
  await page.evaluate(() => document.querySelector("#slider")._explainerLoading);
  assert.ok(await page.locator("#own").isVisible());
  const warnings = loaderWarnings(log);
  assert.equal(warnings.length, 1, warnings.join("\n"));
  assert.match(warnings[0], /could not load the widgets \(.*not the file this release built \(integrity\)\)/);
  assert.deepEqual(errors, []);
  await page.close();
});

test("an altered glue never runs; the map keeps its own content with one warning", async () => {
  const { page, log, errors } = await open("map.html");
  await page.waitForFunction(() => document.querySelector("#map")._explainerLoading !== undefined);
  await page.evaluate(() => document.querySelector("#map")._explainerLoading);
  assert.ok(await page.locator("#own").isVisible());
  assert.equal(await page.evaluate(() => globalThis.tamperedGlueRan ?? false), false, "the altered glue did not run");
  const warnings = loaderWarnings(log);
  assert.equal(warnings.length, 1, warnings.join("\n"));
  assert.match(warnings[0], /could not load the widgets \(.*integrity/);
  assert.deepEqual(errors, []);
  await page.close();
});
