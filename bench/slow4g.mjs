// The first popover on a slow phone network (issue 25): the glossary-only article served
// as docs/embedding/README.md tells hosts to (brotli), Chromium's network emulation pinned to 150 ms
// latency, 200,000 B/s down and 93,750 B/s up (not Lighthouse's preset, whose
// per-request latency is 562.5 ms), 1x CPU, cold cache; the time from the reader's focus
// on the first term to the popover shown, and to a second term's popover after the
// reader has read the first one for READ_MS.
//
//   node bench/slow4g.mjs [DIST] [RUNS] [--files]   prints the runs and their medians
//   (--files: and each run's files after the focus, when each was asked for and arrived)
//
// `make bench` reports the same figures (bench/run.mjs).

import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve } from "../scripts/serve.mjs";
import { launch } from "../tests/e2e/browser.mjs";
import { PAGES } from "./scenarios.mjs";

/** The pinned network: Chromium's `Network.emulateNetworkConditions`. */
export const SLOW_4G = { offline: false, latency: 150, downloadThroughput: 200_000, uploadThroughput: 93_750 };

/** How long the reader reads the first popover before moving to a second term. */
export const READ_MS = 3000;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN;
};

/**
 * Focus on term `n` of the page and wait for its popover; returns the milliseconds and
 * the files fetched since the focus (`{ ms, files: [{ name, start, end }] }`, times from
 * the focus).
 */
async function focusToPopover(page, n) {
  return page.evaluate(async (n) => {
    const term = document.querySelectorAll("glossary-term")[n];
    const t0 = performance.now();
    term.shadowRoot.querySelector("[data-testid=glossary-trigger]").focus();
    await new Promise((r) => {
      const tick = () => (term.shadowRoot.querySelector("[data-testid=glossary-popover][data-open=true]") ? r() : requestAnimationFrame(tick));
      tick();
    });
    const ms = performance.now() - t0;
    const files = performance
      .getEntriesByType("resource")
      .filter((e) => e.startTime >= t0)
      .map((e) => ({ name: new URL(e.name).pathname.split("/").pop(), start: e.startTime - t0, end: e.responseEnd - t0 }));
    return { ms, files };
  }, n);
}

/**
 * `runs` cold loads of the glossary article on the pinned network: for each, the first
 * popover after focus and a second term's popover after the first closes. Returns
 * `{ first: [...], second: [...], firstMedian, secondMedian }` in milliseconds.
 */
export async function slow4g(browser, { dist = "dist", runs = 5 } = {}) {
  const bundle = await serve(dist, { production: true });
  const dir = await mkdtemp(join(tmpdir(), "slow4g-"));
  await writeFile(join(dir, "glossary.html"), PAGES["glossary.html"](bundle.url));
  const host = await serve(dir, { production: true });
  const first = [];
  const second = [];
  const waterfalls = [];
  try {
    for (let i = 0; i < runs; i++) {
      const ctx = await browser.newContext({ viewport: { width: 412, height: 900 } });
      const page = await ctx.newPage();
      const cdp = await ctx.newCDPSession(page);
      await cdp.send("Network.enable");
      await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
      await cdp.send("Network.emulateNetworkConditions", SLOW_4G);
      await page.goto(host.url + "glossary.html");
      await page.waitForLoadState("networkidle");
      const one = await focusToPopover(page, 0);
      first.push(one.ms);
      waterfalls.push(one.files);
      await page.waitForTimeout(READ_MS);
      await page.keyboard.press("Escape");
      second.push((await focusToPopover(page, 1)).ms);
      await ctx.close();
    }
  } finally {
    await host.close();
    await bundle.close();
  }
  return { first, second, firstMedian: median(first), secondMedian: median(second), waterfalls };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const files = process.argv.includes("--files");
  const [dist = "dist", runs = "5"] = process.argv.slice(2).filter((a) => a !== "--files");
  const browser = await launch();
  try {
    const r = await slow4g(browser, { dist, runs: Number(runs) });
    const f = (xs) => xs.map((x) => Math.round(x)).join(", ");
    console.log(`slow 4G, ${dist}: first popover ${Math.round(r.firstMedian)} ms (${f(r.first)}); second ${Math.round(r.secondMedian)} ms (${f(r.second)})`);
    // With --files, each run's files after the focus: when each was asked for and arrived.
    if (files) {
      r.waterfalls.forEach((w, i) => {
        console.log(`run ${i + 1} (popover at ${Math.round(r.first[i])} ms):`);
        for (const x of w) console.log(`  ${x.name.padEnd(44)} asked ${String(Math.round(x.start)).padStart(4)} ms, arrived ${String(Math.round(x.end)).padStart(4)} ms`);
      });
    }
  } finally {
    await browser.close();
  }
}
