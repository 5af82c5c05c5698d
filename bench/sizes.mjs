// Bytes of the bundle trunk writes to dist/: raw and brotli (quality 11, as a CDN
// would serve it). Deterministic: the same dist/ gives the same figures.

import { readFile, readdir } from "node:fs/promises";
import { readFileSync } from "node:fs";
import { brotliCompressSync, constants } from "node:zlib";
import { join } from "node:path";
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";

const WASM_FEATURES = ["--enable-bulk-memory", "--enable-nontrapping-float-to-int", "--enable-sign-ext", "--enable-mutable-globals", "--enable-reference-types", "--enable-multivalue"];

/** Brotli bytes of the wasm's code alone (its data segments removed by wasm-opt), or null. */
function codeOnlyBrotli(wasmPath) {
  try {
    const out = join(mkdtempSync(join(tmpdir(), "code-")), "code.wasm");
    execFileSync("wasm-opt", [...WASM_FEATURES, "--remove-memory", wasmPath, "-o", out], { stdio: "ignore" });
    return brotli(readFileSync(out));
  } catch {
    return null;
  }
}

export function brotli(buf) {
  return brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
}

async function measure(path) {
  const buf = await readFile(path);
  return { raw: buf.length, brotli: brotli(buf) };
}

/** The widget bundle (what a host page downloads) and its parts. */
export async function bundleSizes(dist = "dist") {
  const files = await readdir(dist);
  const rows = {};
  rows.wasm = await measure(join(dist, "explainers-core_bg.wasm"));
  const code = codeOnlyBrotli(join(dist, "explainers-core_bg.wasm"));
  if (code !== null) {
    rows.wasm.note = `code ${(code / 1024).toFixed(1)} KB + data (content, geometry, CSS, strings) ${((rows.wasm.brotli - code) / 1024).toFixed(1)} KB, brotli`;
  }
  const glue = await measure(join(dist, "explainers-core.js"));
  const loader = await measure(join(dist, "explainers.js"));
  rows.js = { raw: glue.raw + loader.raw, brotli: glue.brotli + loader.brotli };
  // The widgets' CSS is compiled into the wasm (one constructed stylesheet); shown
  // separately for information, not added again to the total.
  let css = Buffer.alloc(0);
  for (const f of (await readdir("style")).filter((f) => f.endsWith(".css") && f !== "page.css").sort()) {
    css = Buffer.concat([css, await readFile(join("style", f))]);
  }
  rows.css = { raw: css.length, brotli: brotli(css), note: "inside the wasm" };
  // Content and map geometry, also compiled into the wasm: their source, for information.
  const content = [];
  for (const f of ["widgets/glossary/terms.toml", "widgets/deterrence-slider/content.toml", "widgets/hotspot-map/hotspots.toml", "widgets/hotspot-map/geometry.toml", "widgets/sources.toml"]) {
    try {
      content.push(await readFile(f));
    } catch {}
  }
  const all = Buffer.concat(content);
  rows.content = { raw: all.length, brotli: brotli(all), note: "TOML source; compiled into the wasm" };
  rows.total = { raw: rows.wasm.raw + rows.js.raw, brotli: rows.wasm.brotli + rows.js.brotli };
  const page = files.filter((f) => f.endsWith(".html") || ["page.css", "page.js", "boot.js"].includes(f));
  let pageBytes = { raw: 0, brotli: 0 };
  for (const f of page) {
    const m = await measure(join(dist, f));
    pageBytes = { raw: pageBytes.raw + m.raw, brotli: pageBytes.brotli + m.brotli };
  }
  rows.page = { ...pageBytes, note: "the teaching page's own HTML, CSS and JS" };
  return rows;
}
