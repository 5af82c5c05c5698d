// The size budget, checked from bytes (deterministic), never from timings:
// `node bench/budget.mjs` exits 1 when the bundle a host page downloads (wasm + JS,
// brotli) is over the enforced ceiling, printing the figures.
//
// Issue 3 asks for 120 KB brotli for all three widgets with all their content. The
// content the widget issues require (81 bilingual glossary entries, the slider's
// examples, the hotspot cards and Natural Earth geometry) is by itself about 90 KB
// brotli inside the wasm, and the Leptos runtime about 35 KB, so that target cannot be
// met without cutting content; it is printed on every run with the gap. Until the
// target is settled, the enforced ceiling guards against regressions: it is the
// measured bundle (186.1 KB on 2026-11-22) plus about 3 %.

import { bundleSizes } from "./sizes.mjs";

export const TARGET_BYTES = 120 * 1024;
export const CEILING_BYTES = Number(process.env.EXPLAINERS_BUDGET ?? 192 * 1024);

const rows = await bundleSizes();
const kb = (n) => (n / 1024).toFixed(1) + " KB";
for (const [name, r] of Object.entries(rows)) {
  console.log(`${name.padEnd(8)} raw ${kb(r.raw).padStart(10)}  brotli ${kb(r.brotli).padStart(9)}${r.note ? "  (" + r.note + ")" : ""}`);
}
const total = rows.total.brotli;
if (total > TARGET_BYTES) {
  console.log(`budget: target ${kb(TARGET_BYTES)} (issue 3) not met: over by ${kb(total - TARGET_BYTES)}`);
}
if (total > CEILING_BYTES) {
  console.error(`budget: FAIL: the bundle is ${kb(total)} brotli, over the enforced ceiling of ${kb(CEILING_BYTES)}`);
  process.exit(1);
}
console.log(`budget: ok: ${kb(total)} brotli, under the enforced ceiling of ${kb(CEILING_BYTES)}`);
