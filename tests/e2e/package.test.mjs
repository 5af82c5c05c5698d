// The npm package, as a blogger's CDN or a self-hosting author gets it: `npm pack`
// (its prepack checks the version and the built dist/), the tarball installed into a
// scratch folder with `npm install --offline` (the package has no dependencies),
// the installed node_modules/east-asia-explainers/dist/ served from one origin and a
// host page from another, and every widget used; then the iframe embed from the
// installed teaching page, fitted by resizer.js. Run after `make build`:
//   node --test tests/e2e/package.test.mjs

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { serve } from "../../scripts/serve.mjs";
import { unzipStored } from "../../scripts/wordpress-zip.mjs";
import { launch, watch } from "./browser.mjs";
import { recordEvents, openTermWithKeyboard, slideToEnd, selectHotspot } from "./drive.mjs";

const BUNDLE_PATH = "dist"; // the bundle's documented path inside the package
const pkg = JSON.parse(readFileSync("package.json", "utf8"));
let scratch, installed, bundle, host, browser;

// Packs this build, which is not the loader released as this version unless this is
// the release's own build: prepack says so in a notice instead of failing
// (scripts/release-integrity.mjs; its refusal is tested in release.test.mjs).
const npm = (args, cwd) =>
  execFileSync("npm", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, EXPLAINERS_PACK_UNRELEASED: "1" } });

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
  writeFileSync(join(pages, "iframe.html"), readFileSync("tests/e2e/pages/package-iframe-host.html", "utf8").replaceAll("BUNDLE/", bundle.url));
  host = await serve(pages);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await host?.close();
  await bundle?.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

test("the installed package holds make build's dist/ exactly, with every file its manifest names", () => {
  const dist = join(installed, BUNDLE_PATH);
  const manifest = JSON.parse(readFileSync(join(dist, "manifest.json"), "utf8"));
  assert.equal(manifest.version, pkg.version, "the bundle's version is the package's");
  const shipped = filesUnder(dist).map((f) => relative(dist, f)).sort();
  const built = filesUnder(BUNDLE_PATH).map((f) => relative(BUNDLE_PATH, f)).sort();
  assert.deepEqual(shipped, built, "the package's dist/ is the built dist/");
  for (const f of shipped) assert.ok(readFileSync(join(dist, f)).equals(readFileSync(join(BUNDLE_PATH, f))), `${f} differs from the built one`);
  // Every file name in the manifest (variants, the index; per-entry tables are checked
  // by the loader's fetches below) is in the package, and so is the teaching page.
  const names = [];
  const walk = (v) => {
    if (typeof v === "string" && /^[\w./-]+\.(js|wasm|css|json)$/.test(v)) names.push(v);
    else if (v && typeof v === "object") for (const x of Object.values(v)) walk(x);
  };
  walk({ ...manifest, css: null });
  assert.ok(names.length >= 3, `the manifest names files: ${names.join(", ")}`);
  for (const n of [...names, "explainers.js", "resizer.js", "index.html"]) assert.ok(shipped.includes(n), `the package lacks dist/${n}`);
  // The WordPress plugin, as a file and zipped for WordPress's upload form (the zip holds that file).
  const plugin = readFileSync(join(installed, "wordpress/east-asia-explainers.php"));
  assert.ok(unzipStored(readFileSync(join(dist, "wordpress/east-asia-explainers.zip"))).get("east-asia-explainers/east-asia-explainers.php")?.equals(plugin), "the plugin's zip holds another plugin file");
  for (const f of ["README.md", "CHANGELOG.md", "docs/api.md", "docs/embedding/README.md", "LICENSE-MIT", "LICENSE-APACHE", "package.json", "custom-elements.json", "vscode.html-custom-data.json", "types/index.d.ts", "types/react.d.ts", "types/preact.d.ts", "types/solid.d.ts", "types/astro.d.ts"]) {
    assert.ok(existsSync(join(installed, f)), `the package lacks ${f}`);
  }
  const installedPkg = JSON.parse(readFileSync(join(installed, "package.json"), "utf8"));
  assert.equal(installedPkg.license, "MIT OR Apache-2.0");
  assert.equal(installedPkg.private, undefined);
  assert.ok(!readFileSync(join(installed, "README.md"), "utf8").includes("east-asia-explainers@0.0.0"));
  assert.ok(readFileSync(join(installed, "README.md"), "utf8").includes(`https://cdn.jsdelivr.net/npm/${pkg.name}@${pkg.version}/${BUNDLE_PATH}/explainers.js`), "the README pins this version's CDN URL");
});

test("the installed types resolve by the package's name (Bundler and NodeNext resolution)", () => {
  const site = join(installed, "..", "..");
  // React's types from this repository's node_modules, as a React project would have them.
  for (const dep of ["@types", "csstype"]) execFileSync("ln", ["-sfn", join(process.cwd(), "node_modules", dep), join(site, "node_modules", dep)]);
  writeFileSync(
    join(site, "article.tsx"),
    [
      'import type { HotspotId } from "east-asia-explainers";',
      'import type {} from "east-asia-explainers/types/react";',
      'const id: HotspotId | null | undefined = document.querySelector("hotspot-map")?.selected;',
      'document.addEventListener("deterrence-change", (e) => console.log(e.detail.zone, id));',
      'export const x = <deterrence-slider value={40} ondeterrence-change={(e) => e.detail.value} />;',
      "// @ts-expect-error: not a hotspot id",
      'export const y = <hotspot-map hotspot="atlantis" />;',
      "",
    ].join("\n"),
  );
  const tsc = join(process.cwd(), "node_modules", ".bin", "tsc");
  for (const [module, resolution] of [["ESNext", "Bundler"], ["NodeNext", "NodeNext"]]) {
    const args = ["--noEmit", "--strict", "--jsx", "react-jsx", "--lib", "ES2022,DOM", "--module", module, "--moduleResolution", resolution, "article.tsx"];
    try {
      execFileSync(tsc, args, { cwd: site, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    } catch (err) {
      assert.fail(`tsc (${resolution}) in a project that installed the package:\n${err.stdout}${err.stderr}`);
    }
  }
});

test("npx east-asia-explainers check: a good file passes (exit 0, one line), a bad one names each problem (exit 1)", () => {
  const site = join(installed, "..", "..");
  const good = {
    terms: [
      {
        id: "kantei",
        ja: "官邸",
        reading: "かんてい",
        en: "Kantei",
        definition_en: "The office of Japan's Prime Minister.",
        related: ["deterrence"],
        source: { title: "Prime Minister's Office of Japan", url: "https://japan.kantei.go.jp/", date: "2024" },
      },
    ],
  };
  writeFileSync(join(site, "my-terms.json"), JSON.stringify(good));
  const bad = { terms: [{ id: "kantei", en: "Kantei", definition_en: 5, source: { title: "T", url: "javascript:alert(1)" } }, { id: "Bad Id", ja: "官邸", definition_ja: "官邸。" }] };
  writeFileSync(join(site, "bad-terms.json"), JSON.stringify(bad));
  writeFileSync(join(site, "not-json.json"), "{ nope");
  const npx = (file) => {
    try {
      return { code: 0, out: execFileSync("npx", ["--no", "east-asia-explainers", "check", file], { cwd: site, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }) };
    } catch (err) {
      return { code: err.status, out: `${err.stdout}${err.stderr}` };
    }
  };
  assert.deepEqual(npx("my-terms.json"), { code: 0, out: "my-terms.json: 1 entry, no problems\n" });
  const r = npx("bad-terms.json");
  assert.equal(r.code, 1, r.out);
  assert.deepEqual(r.out.trim().split("\n"), [
    'bad-terms.json: entry "kantei": field "definition_en": must be text (a JSON string), found a number',
    'bad-terms.json: entry "kantei": field "source.url": "javascript:alert(1)" is not an http:// or https:// URL',
    'bad-terms.json: entry "Bad Id": field "id": must be a kebab-case id such as `east-china-sea`',
  ]);
  const n = npx("not-json.json");
  assert.equal(n.code, 1);
  assert.match(n.out, /^not-json.json: not JSON: /);
  // Issue 24: a hostile file's control characters and bidirectional overrides reach the
  // terminal as escapes, and a file larger than the widgets read is not read.
  const hostile = { terms: [{ id: "x\u001b[2J\u202eevil", ja: "官邸" }] };
  writeFileSync(join(site, "hostile-terms.json"), JSON.stringify(hostile));
  const h = npx("hostile-terms.json");
  assert.equal(h.code, 1, h.out);
  assert.ok(!/[\u001b\u202e]/.test(h.out), JSON.stringify(h.out));
  assert.match(h.out, /x\\u\{1b\}\[2J\\u\{202e\}evil/);
  writeFileSync(join(site, "huge-terms.json"), JSON.stringify({ terms: [], pad: "x".repeat(600 * 1024) }));
  const g = npx("huge-terms.json");
  assert.equal(g.code, 1, g.out);
  assert.match(g.out, /^huge-terms\.json: \d+ bytes, larger than the 512 KB the widgets read$/m);
  // The schema ships beside it, generated from the same field table.
  const schema = JSON.parse(readFileSync(join(installed, "schema", "glossary.schema.json"), "utf8"));
  assert.deepEqual(schema.$defs.entry.required, ["id"]);
});

test("import \"east-asia-explainers\" resolves to the loader, and npx east-asia-explainers copy puts its files in an app's folder", () => {
  const site = join(installed, "..", "..");
  const resolved = execFileSync(process.execPath, ["--input-type=module", "-e", 'console.log(import.meta.resolve("east-asia-explainers"))'], { cwd: site, encoding: "utf8" }).trim();
  assert.equal(resolved, pathToFileURL(join(installed, BUNDLE_PATH, "explainers.js")).href);
  const npx = (...args) => {
    try {
      return { code: 0, out: execFileSync("npx", ["--no", "east-asia-explainers", "copy", ...args], { cwd: site, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }) };
    } catch (err) {
      return { code: err.status, out: `${err.stdout}${err.stderr}` };
    }
  };
  // The loader and every file it fetches (the files the manifest names), not the teaching page.
  const dist = join(installed, BUNDLE_PATH);
  const expected = filesUnder(dist)
    .map((f) => relative(dist, f))
    .filter((f) => f === "explainers.js" || /^explainers-.*\.[0-9a-f]{10}\.(js|wasm|css)$/.test(f) || f.startsWith("data/"))
    .sort();
  const first = npx("public/explainers");
  assert.equal(first.code, 0, first.out);
  assert.match(first.out, new RegExp(`^east-asia-explainers ${pkg.version.replaceAll(".", "\\.")}: copied ${expected.length} files \\([\\d.]+ [KM]B\\) to public/explainers\\.$`, "m"));
  assert.ok(first.out.includes('  import { configure } from "east-asia-explainers";\n  configure({ base: "/explainers/" });'), first.out);
  const folder = join(site, "public", "explainers");
  const copied = filesUnder(folder).map((f) => relative(folder, f)).sort();
  assert.deepEqual(copied, expected);
  for (const f of copied) assert.ok(readFileSync(join(folder, f)).equals(readFileSync(join(dist, f))), `${f} differs`);
  // Again: nothing to do, nothing changed.
  assert.deepEqual(npx("public/explainers"), { code: 0, out: first.out.replace(/^.*$/m, `east-asia-explainers ${pkg.version}: public/explainers is up to date (${expected.length} files, nothing to copy).`) });
  // --page: the whole dist/, the teaching page included.
  const page = npx("static/embed", "--page");
  assert.equal(page.code, 0, page.out);
  assert.match(page.out, /configure\(\{ base: "\/embed\/" \}\)/);
  assert.deepEqual(filesUnder(join(site, "static", "embed")).map((f) => relative(join(site, "static", "embed"), f)).sort(), filesUnder(dist).map((f) => relative(dist, f)).sort());
  // Bad input: a clear message and a non-zero exit, nothing written.
  const usage = npx();
  assert.equal(usage.code, 2);
  assert.match(usage.out, /which folder\?[\s\S]*usage: npx east-asia-explainers copy FOLDER/);
  writeFileSync(join(site, "a-file"), "x");
  for (const target of ["a-file", "a-file/explainers"]) {
    const r = npx(target);
    assert.deepEqual({ code: r.code, out: r.out.trim() }, { code: 2, out: "east-asia-explainers copy: a-file is a file, not a folder: name the folder to copy the files into (e.g. public/explainers)." });
  }
  execFileSync("mkdir", ["-p", join(site, "mine")]);
  writeFileSync(join(site, "mine", "notes.txt"), "mine");
  const foreign = npx("mine");
  assert.equal(foreign.code, 1);
  assert.match(foreign.out, /mine is not empty and holds no copy of east-asia-explainers; .* pass --force/);
  assert.deepEqual(readdirSync(join(site, "mine")), ["notes.txt"]);
  assert.equal(npx("mine", "--force").code, 0);
  assert.equal(readFileSync(join(site, "mine", "notes.txt"), "utf8"), "mine");
  assert.equal(npx("x", "--overwrite").code, 2);
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
  assert.deepEqual(await slideToEnd(page, "#slider"), { value: 100, zone: "reassurance-only", risk: 52 });
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

test("the installed teaching page serves the iframe embed, and resizer.js fits it (the Markdown-only route)", async () => {
  const page = await browser.newPage();
  const log = watch(page);
  await page.goto(host.url + "iframe.html");
  // resizer.js sets the iframe's height from the embed's message (the markup says 150).
  await page.waitForFunction(() => parseFloat(document.getElementById("embed").style.height) > 300);
  const frame = page.frameLocator("#embed");
  await frame.locator("deterrence-slider[data-ready]").waitFor();
  assert.equal(await frame.locator("deterrence-slider").evaluate((el) => el.value), 30);
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.consoleErrors, []);
  await page.close();
});
