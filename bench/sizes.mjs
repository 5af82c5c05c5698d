// Brotli bytes (quality 11, as a CDN would serve them). Deterministic: the same file
// gives the same figure. The bytes a page fetches are measured per scenario in
// bench/scenarios.mjs.

import { brotliCompressSync, constants } from "node:zlib";

/** Brotli-compressed length of `buf`. */
export function brotli(buf) {
  return brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
}
