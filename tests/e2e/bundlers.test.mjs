// The package in a real bundled app: tests/bundlers/vite-react, a Vite + React 19 +
// TypeScript app with its own lockfile, whose three entries webpack and esbuild also
// build. The package comes from the tarball `npm pack` makes, installed into the app;
// `npx east-asia-explainers copy public/explainers` puts the bundle's files in its
// public folder (the one documented step, docs/embedding/bundlers.md). Three pages:
// - index.html, route (a), the documented one: a script tag loads
//   /explainers/explainers.js, the app imports types only;
// - configured.html, route (b): `import { configure } from "east-asia-explainers"` and
//   `configure({ base: "/explainers/" })`;
// - unconfigured.html: route (b) without configure, where the loader must say what to
//   do in one warning instead of showing blank widgets.
// Each build (Vite, webpack, esbuild) is served on 127.0.0.1 and driven in Chromium: a
// glossary term opens its popover, the slider and the map mount (data-ready) styled by
// their CSS, React state changes their attributes and their events change React state,
// the slider mounts again after React removes it. Then Vite's dev server, with and
// without `optimizeDeps.exclude: ["east-asia-explainers"]`.
//
// Off unless EXPLAINERS_BUNDLERS=1 (`make test` and `make test-bundlers` set it). It
// runs `npm ci` in the app when its node_modules is missing or older than its lockfile
// (the npm registry, or npm's cache offline), then prints its own wall time. Run after
// `make build`: EXPLAINERS_BUNDLERS=1 node --test tests/e2e/bundlers.test.mjs

import { describe, test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { serve } from "../../scripts/serve.mjs";
import { launch, watch } from "./browser.mjs";
import { recordEvents, openTermWithKeyboard } from "./drive.mjs";

const flag = process.env.EXPLAINERS_BUNDLERS;
const skip =
  flag === undefined || flag === "" || flag === "0"
    ? "the bundlers tier is off: set EXPLAINERS_BUNDLERS=1 (make test and make test-bundlers do) to build tests/bundlers/vite-react with Vite, webpack and esbuild"
    : false;

const APP = resolve("tests/bundlers/vite-react");
const BUILDS = ["vite", "webpack", "esbuild"];
// The loader's warnings and the elements' start with these.
const FROM_LOADER = /^(east-asia-explainers|<(glossary-term|glossary-scope|deterrence-slider|hotspot-map)>)/;

function run(cmd, args, cwd = APP) {
  try {
    // (Packing this build, not the released one: prepack gives a notice, see package.test.mjs.)
    return execFileSync(cmd, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, EXPLAINERS_PACK_UNRELEASED: "1" } });
  } catch (err) {
    throw new Error(`${cmd} ${args.join(" ")} (in ${cwd}) failed:\n${err.stdout}\n${err.stderr}`);
  }
}
const bin = (name) => join(APP, "node_modules", ".bin", name);
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

// The app's dependencies, from its lockfile: again only when it changed.
function npmCi() {
  const stamp = join(APP, "node_modules", ".package-lock.json");
  if (existsSync(stamp) && statSync(stamp).mtimeMs >= statSync(join(APP, "package-lock.json")).mtimeMs) return false;
  try {
    run("npm", ["ci", "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error"]);
  } catch (err) {
    throw new Error(`npm ci in tests/bundlers/vite-react needs the npm registry, or its packages in npm's cache:\n${err.message}`);
  }
  return true;
}

// The widgets used by a reader and by React; returns what the page logged. A warning
// from the loader fails it at once, with the warning.
async function useTheApp(page, url) {
  const log = watch(page);
  const warned = new Promise((_, reject) => {
    page.on("console", (m) => m.type() === "warning" && FROM_LOADER.test(m.text()) && reject(new Error(`the loader warned: ${m.text()}`)));
  });
  await recordEvents(page);
  await page.goto(url);
  await Promise.race([warned, use(page)]);
  return log;
}

async function use(page) {
  assert.deepEqual(await openTermWithKeyboard(page, "#term", "#before"), { term: "reassurance" });

  // The slider: mounted, styled by its own CSS (fetched as CSS), React's state → its
  // `value` (a property React sets, which sets the attribute) → its event → React's state.
  await page.locator("#slider").scrollIntoViewIfNeeded();
  await page.waitForSelector("#slider[data-ready]");
  assert.equal(await page.locator("#slider").evaluate((el) => getComputedStyle(el.shadowRoot.querySelector(".ds")).borderTopStyle), "solid", "the slider's CSS applies");
  await page.click("#more");
  await page.waitForFunction(() => document.querySelector("#slider").value === 80);
  assert.equal(await page.getAttribute("#slider", "value"), "80");
  await page.waitForFunction(() => document.querySelector("#zone").textContent !== "");
  const zone = await page.evaluate(() => window.__explainerEvents.filter((e) => e.type === "deterrence-change").at(-1).detail.zone);
  assert.equal(await page.textContent("#zone"), zone, "the slider's event reached React's state");
  // Unmounted by React and mounted again.
  await page.click("#toggle");
  await page.waitForSelector("#slider", { state: "detached" });
  await page.click("#toggle");
  await page.waitForSelector("#slider[data-ready]");
  assert.equal(await page.evaluate(() => document.querySelector("#slider").value), 80);

  // The map: mounted with React's `hotspot`, then React selects another.
  await page.locator("#map").scrollIntoViewIfNeeded();
  await page.waitForSelector("#map[data-ready]");
  await page.locator("#map [data-testid=map-card][data-id=taiwan]").waitFor();
  await page.click("#korea");
  assert.equal(await page.getAttribute("#map", "hotspot"), "korean-peninsula");
  await page.locator("#map [data-testid=map-card][data-id=korean-peninsula]").waitFor();
  await page.waitForFunction(() => document.querySelector("#selected").textContent === "korean-peninsula");
  assert.equal(await page.evaluate(() => document.querySelector("#map").selected), "korean-peninsula");
  assert.equal(await page.locator("#map").evaluate((el) => getComputedStyle(el.shadowRoot.querySelector(".hm-layout")).display), "grid", "the map's CSS applies");
}

// The app without configure: the loader's one warning, naming the fix, and every block
// widget showing its own content (never blank).
async function useUnconfigured(page, url) {
  const log = watch(page);
  const warned = page.waitForEvent("console", { predicate: (m) => m.type() === "warning" && /configure\(\{ base/.test(m.text()), timeout: 20_000 });
  await page.goto(url);
  await warned.catch((err) => assert.fail(`no warning naming configure({ base }) (${err.message.split("\n")[0]}); the page logged:\n${[...log.warnings, ...log.consoleErrors].join("\n")}`));
  // Whatever else was going to load has settled.
  await page.waitForLoadState("networkidle");
  for (const id of ["#slider", "#map"]) {
    assert.ok(await page.locator(`${id} > .fallback`).isVisible(), `${id} shows its own content, not a blank box`);
    assert.equal(await page.getAttribute(id, "data-ready"), null);
  }
  // The term is a word in the text, either way.
  assert.equal((await page.locator("#term").innerText()).trim(), "reassurance");
  const naming = log.warnings.filter((w) => /configure\(\{ base/.test(w));
  assert.equal(naming.length, 1, `one warning names the fix:\n${log.warnings.join("\n")}`);
  assert.match(naming[0], /npx east-asia-explainers copy/);
  assert.deepEqual(log.errors, []);
  return log;
}

describe("bundled apps (tests/bundlers/vite-react: Vite, webpack, esbuild; React 19)", { skip }, () => {
  let scratch, browser, t0;
  const servers = {};
  const built = {};

  before(async () => {
    assert.ok(existsSync("dist/manifest.json"), "no built bundle: run `make build` first");
    const ci = performance.now();
    if (npmCi()) console.log(`# npm ci in tests/bundlers/vite-react: ${seconds(performance.now() - ci)}`);
    t0 = performance.now();
    scratch = mkdtempSync(join(tmpdir(), "bundlers-"));
    // (prepack's own output may come first: the JSON starts at a line that is "[".)
    const packed = run("npm", ["pack", "--json", "--pack-destination", scratch], process.cwd());
    const tarball = join(scratch, JSON.parse(packed.slice(packed.search(/^\[$/m)))[0].filename);
    run("npm", ["install", "--no-save", "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error", tarball]);
    // The documented step.
    rmSync(join(APP, "public", "explainers"), { recursive: true, force: true });
    built.copy = run("npx", ["--no", "east-asia-explainers", "copy", "public/explainers"]);
    built.typecheck = run(bin("tsc"), ["-b"]);
    const timed = (name, cmd, args) => {
      const t = performance.now();
      built[name] = run(cmd, args);
      console.log(`# ${name} build: ${seconds(performance.now() - t)}`);
    };
    timed("vite", bin("vite"), ["build", "--logLevel", "warn"]);
    timed("webpack", bin("webpack"), ["--config", "webpack.config.mjs"]);
    timed("esbuild", process.execPath, ["esbuild.mjs"]);
    for (const b of BUILDS) servers[b] = await serve(join(APP, "out", b));
    browser = await launch();
  });

  after(async () => {
    await browser?.close();
    for (const s of Object.values(servers)) await s.close();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
    if (t0 !== undefined) console.log(`# bundlers tier: ${seconds(performance.now() - t0)} after npm ci`);
  });

  test("the documented step: npx east-asia-explainers copy public/explainers copies the files and prints the configure line", () => {
    assert.match(built.copy, /^east-asia-explainers \d+\.\d+\.\d+: copied \d+ files \([\d.]+ [KM]B\) to public\/explainers\.$/m);
    assert.ok(built.copy.includes('configure({ base: "/explainers/" });'), built.copy);
    assert.ok(existsSync(join(APP, "public", "explainers", "explainers.js")));
    assert.ok(!existsSync(join(APP, "public", "explainers", "index.html")), "the teaching page only with --page");
    // Again: nothing to do.
    assert.match(run("npx", ["--no", "east-asia-explainers", "copy", "public/explainers"]), /public\/explainers is up to date \(\d+ files, nothing to copy\)/);
  });

  test("the app's TypeScript (tsc -b) accepts the package's types, configure included", () => {
    assert.equal(built.typecheck.trim(), "");
  });

  for (const b of BUILDS) {
    test(`${b}: route (a), the script tag and type-only imports: every widget works, no warning`, async () => {
      const page = await browser.newPage();
      const log = await useTheApp(page, servers[b].url);
      assert.deepEqual({ errors: log.errors, consoleErrors: log.consoleErrors, warnings: log.warnings }, { errors: [], consoleErrors: [], warnings: [] });
      await page.close();
    });

    test(`${b}: route (b), import { configure } and configure({ base }): every widget works, no warning`, async () => {
      const page = await browser.newPage();
      const fetched = [];
      page.on("requestfinished", (r) => fetched.push(new URL(r.url()).pathname));
      const log = await useTheApp(page, servers[b].url + "configured.html");
      assert.ok(fetched.some((p) => /^\/explainers\/explainers-\w+\.[0-9a-f]+\.wasm$/.test(p)), "the wasm came from /explainers/");
      assert.ok(!fetched.includes("/explainers/explainers.js"), "the loader itself came in the app's bundle");
      assert.deepEqual({ errors: log.errors, consoleErrors: log.consoleErrors, warnings: log.warnings }, { errors: [], consoleErrors: [], warnings: [] });
      await page.close();
    });

    test(`${b}: route (b) without configure: one warning names the fix, no blank widget`, async () => {
      const page = await browser.newPage();
      await useUnconfigured(page, servers[b].url + "unconfigured.html");
      await page.close();
    });
  }

  // Vite's dev server, in this process, on 127.0.0.1: its dependency pre-bundling (the
  // loader renamed into node_modules/.vite/deps/), and without it (`exclude`: the loader
  // served from node_modules, where a CSS file is answered with a script unless asked
  // for as CSS).
  for (const exclude of [false, true]) {
    const name = exclude ? 'dev server with optimizeDeps.exclude: ["east-asia-explainers"]' : "dev server";
    test(`vite ${name}: route (b) works and is styled; without configure, widgets are never blank without a warning`, async () => {
      const vite = await import(pathToFileURL(join(APP, "node_modules", "vite", "dist", "node", "index.js")).href);
      const server = await vite.createServer({
        root: APP,
        configFile: join(APP, "vite.config.ts"),
        logLevel: "warn",
        cacheDir: join(APP, "node_modules", exclude ? ".vite-exclude" : ".vite"),
        server: { host: "127.0.0.1", port: 0, strictPort: false },
        optimizeDeps: exclude ? { exclude: ["east-asia-explainers"] } : {},
      });
      try {
        await server.listen();
        const url = server.resolvedUrls.local[0];
        const page = await browser.newPage();
        const log = await useTheApp(page, url + "configured.html");
        assert.deepEqual(log.warnings.filter((w) => FROM_LOADER.test(w)), [], "no warning from the loader");
        assert.deepEqual(log.errors, []);
        await page.close();

        // Without configure: pre-bundled, the loader cannot find its files and says so;
        // excluded, it is served from node_modules beside its files, but the dev server
        // rewrites the glue it serves, which the integrity check refuses, with a
        // warning (the copied files in public/ are served as they are: route (b)).
        const bare = await browser.newPage();
        if (exclude) {
          const warned = bare.waitForEvent("console", { predicate: (m) => m.type() === "warning" && FROM_LOADER.test(m.text()) && /integrity/.test(m.text()), timeout: 20_000 });
          await bare.goto(url + "unconfigured.html");
          await warned;
        } else {
          await useUnconfigured(bare, url + "unconfigured.html");
        }
        await bare.close();
      } finally {
        await server.close();
      }
    });
  }
});
