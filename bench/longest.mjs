// The longest main-thread task of scenarios (bench/scenarios.mjs) at 4x CPU throttling,
// over several cold runs, with the median: for comparing two builds in alternation
// (run it in each checkout, one after the other, on the same machine). Not part of
// `make test` (timings vary from run to run); `make bench` prints one run's figures.
//
//   node bench/longest.mjs [scenario ids...] [--runs 9]   (default: map map-layers)

import { SCENARIOS, runScenario, servePages } from "./scenarios.mjs";
import { launch } from "../tests/e2e/browser.mjs";

const args = process.argv.slice(2);
const at = args.indexOf("--runs");
const runs = at >= 0 ? Number(args[at + 1]) : 9;
const ids = args.filter((a, i) => !a.startsWith("--") && (at < 0 || i !== at + 1));
const chosen = (ids.length ? ids : ["map", "map-layers"]).map((id) => {
  const s = SCENARIOS.find((x) => x.id === id);
  if (!s) throw new Error(`no scenario "${id}" (known: ${SCENARIOS.map((x) => x.id).join(", ")})`);
  return s;
});
if (!(runs > 0)) throw new Error("--runs needs a positive number");

const browser = await launch();
const served = await servePages();
try {
  for (const s of chosen) {
    const ms = [];
    for (let i = 0; i < runs; i++) ms.push(Math.round((await runScenario(browser, served, s, { throttle: 4 })).longest));
    ms.sort((a, b) => a - b);
    console.log(`${s.id.padEnd(12)} longest task at 4x CPU: median ${ms[Math.floor(ms.length / 2)]} ms (runs: ${ms.join(" ")})`);
  }
} finally {
  await browser.close();
  await served.close();
}
