// Serves the built bundle and a host page (from tests/e2e/pages/, with BUNDLE/
// replaced by the bundle's URL) on two different origins.

import { readFile, readdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { before, after } from "node:test";
import { serve } from "../../scripts/serve.mjs";
import { launch } from "./browser.mjs";

/** The manifest the build wrote into dist/explainers.js (file names, glossary ids), from its copy dist/manifest.json. */
export async function bundleManifest(dist = "dist") {
  return JSON.parse(await readFile(join(dist, "manifest.json"), "utf8"));
}

export async function servePages({ headers = {}, extra = {} } = {}) {
  const bundle = await serve("dist");
  const dir = await mkdtemp(join(tmpdir(), "host-"));
  for (const name of await readdir("tests/e2e/pages")) {
    const page = await readFile(join("tests/e2e/pages", name), "utf8");
    await writeFile(join(dir, name), page.replaceAll("BUNDLE/", bundle.url));
  }
  // Pages written by a function of the bundle's URL (for example bench/scenarios.mjs).
  for (const [name, f] of Object.entries(extra)) await writeFile(join(dir, name), f(bundle.url));
  const host = await serve(dir, { headers });
  return {
    bundle,
    host,
    close: async () => {
      await host.close();
      await bundle.close();
    },
  };
}

/**
 * For a test file: serves the pages (see `servePages`, which takes the same options)
 * and launches Chromium before its
 * tests, closes both after. Returns an object whose `pages` and `browser` are set once
 * the tests run.
 */
export function pagesAndBrowser(options = {}) {
  const env = { pages: null, browser: null };
  before(async () => {
    env.pages = await servePages(options);
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    await env.pages?.close();
  });
  return env;
}
