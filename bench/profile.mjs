// Where the main thread's time goes while a scenario loads (bench/scenarios.mjs), at
// 4x CPU throttling in headless Chromium: every task over 50 ms with what it spent its
// time on (script, style, layout, text shaping, font fallback lookups, wasm compile),
// from a Chromium trace. For finding the cause of a long task; `make bench` prints the
// figures. Not part of `make test`.
//
//   node bench/profile.mjs [scenario ids...]   (default: slider map)

import { launch } from "../tests/e2e/browser.mjs";
import { SCENARIOS, prepare, servePages } from "./scenarios.mjs";
import { DETAILED, longTasks, startTrace } from "./tasks.mjs";

// Trace events worth naming inside a long task (Chromium's names).
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
  await prepare(page);
  const cdp = await ctx.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  const stop = await startTrace(cdp, DETAILED);
  await page.goto(served.host.url + scenario.page);
  await scenario.until(page);
  await page.waitForTimeout(300);
  const events = await stop();
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
    const tasks = longTasks(events, LONG);
    console.log(`${id}: ${tasks.length} task(s) over ${LONG} ms at 4x (tracing adds some time)`);
    for (const t of tasks) {
      const parts = PARTS.map((name) => {
        const xs = t.events.filter((e) => e.name === name);
        return xs.length ? `${name} ${ms(xs.reduce((n, e) => n + (e.dur ?? 0), 0))} ms${xs.length > 1 ? ` (${xs.length})` : ""}` : null;
      }).filter(Boolean);
      const who = t.script === null ? "" : ` [script: ${t.script ? t.script.replace(/^https?:\/\/[^/]+\//, "") : "no URL (the harness)"}]`;
      const top = Object.entries(t.events.reduce((m, e) => ((m[e.name] = (m[e.name] ?? 0) + (e.dur ?? 0)), m), {}))
        .sort((a, b) => b[1] - a[1])
        .slice(0, 3)
        .map(([n, d]) => `${n} ${ms(d)}`);
      console.log(`  ${t.ms.toFixed(0)} ms: ${parts.join("; ") || "-"}${who}; longest events: ${top.join(", ")}`);
    }
  }
} finally {
  await browser.close();
  await served.close();
}
