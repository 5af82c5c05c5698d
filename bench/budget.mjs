// The size budget per scenario (issue 9), checked from bytes, never from timings:
// `node bench/budget.mjs` loads each scenario page in headless Chromium (bench/
// scenarios.mjs), adds up the brotli bytes of every file it fetched from the bundle,
// prints them, and exits 1 when a scenario is over its enforced ceiling. A target that
// is not met yet is printed with the gap (the ceilings guard against regressions until
// the targets are).

import { SCENARIOS, runAll } from "./scenarios.mjs";

const kb = (n) => (n / 1024).toFixed(1) + " KB";
const results = await runAll();
let failed = false;
for (const r of results) {
  const s = SCENARIOS.find((x) => x.id === r.id);
  console.log(`${r.id.padEnd(17)} ${kb(r.total).padStart(9)} brotli  ${r.what}`);
  for (const f of r.files) console.log(`${"".padEnd(19)}${kb(f.brotli).padStart(9)}  ${f.file}`);
  if (s.target && r.total > s.target) console.log(`${"".padEnd(19)}target ${kb(s.target)} not met: over by ${kb(r.total - s.target)}`);
  if (r.total > s.ceiling) {
    console.error(`budget: FAIL: ${r.id} fetched ${kb(r.total)} brotli, over its ceiling of ${kb(s.ceiling)}`);
    failed = true;
  }
}
if (failed) process.exit(1);
console.log("budget: ok: every scenario is under its ceiling");
