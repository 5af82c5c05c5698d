// The size budget, checked from bytes (deterministic), never from timings:
// `node bench/budget.mjs` exits 1 when the bundle a host page downloads (wasm + JS,
// brotli) is over BUDGET_BYTES, printing the figures.

import { bundleSizes } from "./sizes.mjs";

export const BUDGET_BYTES = Number(process.env.EXPLAINERS_BUDGET ?? 120 * 1024);

const rows = await bundleSizes();
const kb = (n) => (n / 1024).toFixed(1) + " KB";
for (const [name, r] of Object.entries(rows)) {
  console.log(`${name.padEnd(8)} raw ${kb(r.raw).padStart(10)}  brotli ${kb(r.brotli).padStart(9)}${r.note ? "  (" + r.note + ")" : ""}`);
}
const total = rows.total.brotli;
if (total > BUDGET_BYTES) {
  console.error(`budget: FAIL: the bundle is ${kb(total)} brotli, over the ${kb(BUDGET_BYTES)} budget`);
  process.exit(1);
}
console.log(`budget: ok: ${kb(total)} brotli of ${kb(BUDGET_BYTES)}`);
