// The first popover on a slow phone network (issue 25): the glossary-only article served
// as docs/embedding/README.md tells hosts to (brotli), Chromium's network emulation pinned to 150 ms
// latency, 200,000 B/s down and 93,750 B/s up (not Lighthouse's preset, whose
// per-request latency is 562.5 ms), 1x CPU, cold cache; the time from the reader's focus
// on the first term to the popover shown, and to a second term's popover after the
// reader has read the first one for READ_MS.
//
//   node bench/slow4g.mjs [DIST] [RUNS]   prints the runs and their medians
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

/** Focus on term `n` of the page and wait for its popover; returns the milliseconds. */
async function focusToPopover(page, n) {
  return page.evaluate(async (n) => {
    const term = document.querySelectorAll("glossary-term")[n];
    const t0 = performance.now();
    term.shadowRoot.querySelector("[data-testid=glossary-trigger]").focus();
    await new Promise((r) => {
      const tick = () => (term.shadowRoot.querySelector("[data-testid=glossary-popover][data-open=true]") ? r() : requestAnimationFrame(tick));
      tick();
    });
    return performance.now() - t0;
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
      first.push(await focusToPopover(page, 0));
      await page.waitForTimeout(READ_MS);
      await page.keyboard.press("Escape");
      second.push(await focusToPopover(page, 1));
      await ctx.close();
    }
  } finally {
    await host.close();
    await bundle.close();
  }
  return { first, second, firstMedian: median(first), secondMedian: median(second) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dist = "dist", runs = "5"] = process.argv.slice(2);
  const browser = await launch();
  try {
    const r = await slow4g(browser, { dist, runs: Number(runs) });
    const f = (xs) => xs.map((x) => Math.round(x)).join(", ");
    console.log(`slow 4G, ${dist}: first popover ${Math.round(r.firstMedian)} ms (${f(r.first)}); second ${Math.round(r.secondMedian)} ms (${f(r.second)})`);
  } finally {
    await browser.close();
  }
}
