// The teaching page under Lighthouse (npm `lighthouse`, Debian's Chromium, mobile
// defaults: simulated slow 4G and 4x CPU), served the way docs/embedding/README.md tells a host to
// (brotli, immutable hashed files): the median of five runs of the performance score
// and the total blocking time. Printed by `make bench`, never asserted.
//
//   node bench/lighthouse.mjs [runs]

import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve } from "../scripts/serve.mjs";

const RUNS = Number(process.argv[2] ?? 5);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function lighthouse(runs = RUNS) {
  const site = await serve("dist", { production: true });
  const out = [];
  try {
    for (let i = 0; i < runs; i++) {
      const file = join(mkdtempSync(join(tmpdir(), "lh-")), "report.json");
      // Asynchronous: the server runs in this process and must keep answering.
      await promisify(execFile)(
        "lighthouse",
        [
          site.url,
          "--quiet",
          "--only-categories=performance",
          "--output=json",
          `--output-path=${file}`,
          "--chrome-path=/usr/bin/chromium",
          "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run",
        ],
        { maxBuffer: 64 * 1024 * 1024 },
      );
      const r = JSON.parse(readFileSync(file, "utf8"));
      out.push({ score: Math.round(r.categories.performance.score * 100), tbt: r.audits["total-blocking-time"].numericValue });
    }
  } finally {
    await site.close();
  }
  return { runs, score: median(out.map((r) => r.score)), tbt: median(out.map((r) => r.tbt)) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await lighthouse();
  console.log(`lighthouse (mobile defaults, median of ${r.runs}): performance ${r.score}, total blocking time ${r.tbt.toFixed(0)} ms`);
}
