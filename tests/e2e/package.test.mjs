// The npm package, as a blogger's CDN or a self-hosting author gets it: `npm pack`
// (its prepack checks the version and the built dist/), the tarball installed into a
// scratch folder with `npm install --offline` (the package has no dependencies),
// the installed node_modules/east-asia-explainers/dist/ served from one origin and a
// host page from another, and every widget used. Run after `make build`:
//   node --test tests/e2e/package.test.mjs

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { serve } from "../../scripts/serve.mjs";
import { launch, watch } from "./browser.mjs";
import { recordEvents, openTermWithKeyboard, slideToEnd, selectHotspot } from "./drive.mjs";

const BUNDLE_PATH = "dist"; // the bundle's documented path inside the package
const pkg = JSON.parse(readFileSync("package.json", "utf8"));
let scratch, installed, bundle, host, browser;

const npm = (args, cwd) => execFileSync("npm", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

function filesUnder(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...filesUnder(p));
    else out.push(p);
  }
  return out;
}

before(async () => {
  scratch = mkdtempSync(join(tmpdir(), "package-"));
  // (prepack's own output may come first: the JSON starts at a line that is "[".)
  const out = npm(["pack", "--json", "--pack-destination", scratch]);
  const packed = JSON.parse(out.slice(out.search(/^\[$/m)));
  const tarball = join(scratch, packed[0].filename);
  assert.ok(existsSync(tarball), `npm pack wrote no ${tarball}`);
  const site = join(scratch, "site");
  execFileSync("mkdir", ["-p", site]);
  writeFileSync(join(site, "package.json"), JSON.stringify({ name: "a-blog", version: "1.0.0", private: true }));
  npm(["install", "--offline", "--no-audit", "--no-fund", "--loglevel=error", tarball], site);
  installed = join(site, "node_modules", pkg.name);
  bundle = await serve(join(installed, BUNDLE_PATH));
  const pages = join(scratch, "pages");
  execFileSync("mkdir", ["-p", pages]);
  writeFileSync(join(pages, "index.html"), readFileSync("tests/e2e/pages/package-host.html", "utf8").replaceAll("BUNDLE/", bundle.url));
  host = await serve(pages);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await host?.close();
  await bundle?.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

test("the installed package holds the bundle the manifest names, and nothing of the teaching page", () => {
  const manifest = JSON.parse(readFileSync(join(installed, BUNDLE_PATH, "manifest.json"), "utf8"));
  assert.equal(manifest.version, pkg.version, "the bundle's version is the package's");
  const named = new Set(["explainers.js", "resizer.js", "manifest.json", manifest.index]);
  for (const v of Object.values(manifest.variants)) for (const f of Object.values(v)) named.add(f);
  for (const [id, hash] of Object.entries(manifest.terms)) for (const lang of ["ja", "en"]) named.add(`data/glossary/${lang}/${id}.${hash}.json`);
  const shipped = new Set(filesUnder(join(installed, BUNDLE_PATH)).map((f) => relative(join(installed, BUNDLE_PATH), f)));
  const missing = [...named].filter((f) => !shipped.has(f));
  const extra = [...shipped].filter((f) => !named.has(f));
  assert.deepEqual(missing, [], "files the manifest names but the package lacks");
  assert.deepEqual(extra, [], "files in the package's dist/ that no manifest names (stale or teaching-page files)");
  for (const f of ["README.md", "CHANGELOG.md", "LICENSE-MIT", "LICENSE-APACHE", "package.json", "types/index.d.ts", "types/react.d.ts", "types/preact.d.ts", "types/solid.d.ts", "types/astro.d.ts"]) {
    assert.ok(existsSync(join(installed, f)), `the package lacks ${f}`);
  }
  const installedPkg = JSON.parse(readFileSync(join(installed, "package.json"), "utf8"));
  assert.equal(installedPkg.license, "MIT OR Apache-2.0");
  assert.equal(installedPkg.private, undefined);
  assert.ok(!readFileSync(join(installed, "README.md"), "utf8").includes("east-asia-explainers@0.0.0"));
  assert.ok(readFileSync(join(installed, "README.md"), "utf8").includes(`https://cdn.jsdelivr.net/npm/${pkg.name}@${pkg.version}/${BUNDLE_PATH}/explainers.js`), "the README pins this version's CDN URL");
});

test("served from its own origin, the installed bundle runs every widget in a host page on another", async () => {
  assert.notEqual(new URL(host.url).port, new URL(bundle.url).port);
  const page = await browser.newPage();
  const log = watch(page);
  const fetched = [];
  page.on("requestfinished", (r) => fetched.push(r.url()));
  await recordEvents(page);
  await page.goto(host.url);
  assert.deepEqual(await openTermWithKeyboard(page, "#term", "#before"), { term: "reassurance" });
  assert.deepEqual(await slideToEnd(page, "#slider"), { value: 100, zone: "reassurance-only" });
  assert.deepEqual(await selectHotspot(page, "#map", "south-china-sea"), { id: "south-china-sea" });
  await page.locator("#scope").scrollIntoViewIfNeeded();
  await page.waitForSelector("#scope[data-terms-marked]");
  assert.ok(Number(await page.getAttribute("#scope", "data-terms-marked")) >= 2, "the scope marks its terms");
  // Everything came from the installed copy.
  const bundleFiles = fetched.filter((u) => u.startsWith(bundle.url));
  assert.ok(bundleFiles.some((u) => u.endsWith(".wasm")), "the wasm came from the installed package");
  assert.deepEqual(fetched.filter((u) => !u.startsWith(bundle.url) && !u.startsWith(host.url)), []);
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.consoleErrors, []);
  assert.deepEqual(log.warnings, []);
  await page.close();
});
