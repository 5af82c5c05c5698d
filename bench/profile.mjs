// Where the main thread's time goes while a scenario loads (bench/scenarios.mjs), at
// 4x CPU throttling in headless Chromium: every task over 50 ms with what it spent its
// time on (script, style, layout, text shaping, font fallback lookups, wasm compile),
// from a Chromium trace. For finding the cause of a long task; `make bench` prints the
// figures. Not part of `make test`.
//
//   node bench/profile.mjs [scenario ids...]   (default: slider map)

import { launch } from "../tests/e2e/browser.mjs";
import { SCENARIOS, servePages } from "./scenarios.mjs";

const CATEGORIES = "devtools.timeline,disabled-by-default-devtools.timeline,v8.execute,fonts,blink";
// Trace events worth naming inside a long task (self-explanatory Chromium names).
const PARTS = [
  "EvaluateScript",
  "v8.evaluateModule",
  "FunctionCall",
  "v8.wasm.compileConsume",
  "UpdateLayoutTree",
  "Layout",
  "InlineNode::ShapeTextIncludingFirstLine",
  "FontCache::FallbackFontForCharacter",
  "Paint",
  "ParseHTML",
];
const LONG = 50;

async function trace(browser, served, scenario) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  const events = [];
  cdp.on("Tracing.dataCollected", (e) => events.push(...e.value));
  const complete = new Promise((resolve) => cdp.on("Tracing.tracingComplete", resolve));
  await cdp.send("Tracing.start", { categories: CATEGORIES, transferMode: "ReportEvents" });
  await page.goto(served.host.url + scenario.page);
  await scenario.until(page);
  await page.waitForTimeout(300);
  await cdp.send("Tracing.end");
  await complete;
  await ctx.close();
  return events;
}

const ms = (us) => (us / 1000).toFixed(0);

const served = await servePages();
const browser = await launch();
try {
  const ids = process.argv.slice(2);
  for (const id of ids.length ? ids : ["slider", "map"]) {
    const scenario = SCENARIOS.find((s) => s.id === id);
    if (!scenario) throw new Error(`no scenario ${id}; there are ${SCENARIOS.map((s) => s.id).join(", ")}`);
    const events = await trace(browser, served, scenario);
    const tasks = events.filter((e) => e.name === "RunTask" && e.dur > LONG * 1000).sort((a, b) => a.ts - b.ts);
    console.log(`${id}: ${tasks.length} task(s) over ${LONG} ms at 4x (tracing adds some time)`);
    for (const t of tasks) {
      const inside = events.filter((e) => e.pid === t.pid && e.tid === t.tid && e.ts >= t.ts && e.ts <= t.ts + t.dur && e !== t);
      const parts = PARTS.map((name) => {
        const xs = inside.filter((e) => e.name === name);
        return xs.length ? `${name} ${ms(xs.reduce((n, e) => n + (e.dur ?? 0), 0))} ms${xs.length > 1 ? ` (${xs.length})` : ""}` : null;
      }).filter(Boolean);
      // Whose script: the URL of the longest script event (Playwright's own injected
      // scripts have none and are the harness, not the page).
      const script = inside.filter((e) => /EvaluateScript|evaluateModule|FunctionCall/.test(e.name)).sort((a, b) => b.dur - a.dur)[0];
      const url = script ? script.args?.data?.url || script.args?.data?.frame && "" : "";
      const who = script ? ` [script: ${url ? url.replace(/^https?:\/\/[^/]+\//, "") : "no URL (harness)"}]` : "";
      const fallback = inside.filter((e) => e.name === "FontCache::FallbackFontForCharacter").length;
      console.log(`  ${ms(t.dur)} ms: ${parts.join("; ") || "(nothing named)"}${who}${fallback ? ` [${fallback} font fallback lookups]` : ""}`);
    }
  }
} finally {
  await browser.close();
  await served.close();
}
