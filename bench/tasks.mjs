// Main-thread tasks from a Chromium trace, each with what it spent its time on and
// whose script ran in it (bench/profile.mjs).

/** Trace categories that name tasks, script, style, layout, shaping and font lookups
 * (they slow the page down: for finding causes, not for timing). */
export const DETAILED = "devtools.timeline,disabled-by-default-devtools.timeline,v8.execute,fonts,blink";

/** Starts tracing on a CDP session; returns `stop()`, which resolves to the events. */
export async function startTrace(cdp, categories = DETAILED) {
  const events = [];
  cdp.on("Tracing.dataCollected", (e) => events.push(...e.value));
  const complete = new Promise((resolve) => cdp.on("Tracing.tracingComplete", resolve));
  await cdp.send("Tracing.start", { categories, transferMode: "ReportEvents" });
  return async () => {
    await cdp.send("Tracing.end");
    await complete;
    return events;
  };
}

const SCRIPT = /^(EvaluateScript|v8\.evaluateModule|FunctionCall)$/;

/**
 * The renderer main thread's tasks longer than `overMs`, in order: `{ ms, events,
 * script }`, where `events` are the trace events inside the task and `script` the URL
 * of its longest script event ("" when that script has no URL: Playwright's injected
 * scripts, which are the test harness, not the page; null when no script ran).
 */
export function longTasks(events, overMs = 50) {
  const main = new Set(events.filter((e) => e.ph === "M" && e.name === "thread_name" && e.args?.name === "CrRendererMain").map((e) => `${e.pid}:${e.tid}`));
  const tasks = events.filter((e) => e.name === "RunTask" && main.has(`${e.pid}:${e.tid}`) && e.dur > overMs * 1000).sort((a, b) => a.ts - b.ts);
  return tasks.map((t) => {
    const inside = events.filter((e) => e.pid === t.pid && e.tid === t.tid && e.ts >= t.ts && e.ts <= t.ts + t.dur && e !== t);
    const top = inside.filter((e) => SCRIPT.test(e.name)).sort((a, b) => b.dur - a.dur)[0];
    // A module's evaluation (the loader, a variant's glue) names no URL in the trace;
    // only a classic EvaluateScript without one is the harness's.
    const script = !top ? null : top.name === "v8.evaluateModule" ? "(a module)" : top.args?.data?.url ?? "";
    return { ms: t.dur / 1000, events: inside, script };
  });
}
