// How the bundle names a file by its content, in one place: scripts/bundle.mjs and
// scripts/linkcards.mjs name the files, scripts/serve.mjs serves them as immutable, the
// delivery test checks them.

import { createHash } from "node:crypto";

/** Hex digits of the SHA-256 of a file's bytes in its name. */
export const HASH_LENGTH = 10;

/** `name.HASH.ext`: a hashed file of the bundle (wasm, js, css or json) or a link card's image (png). */
export const HASHED = new RegExp(`\\.[0-9a-f]{${HASH_LENGTH}}\\.(wasm|js|css|json|png)$`);

/** The hash of `buffers` (their bytes in order), as it appears in a file name. */
export function contentHash(...buffers) {
  const h = createHash("sha256");
  for (const b of buffers) h.update(b);
  return h.digest("hex").slice(0, HASH_LENGTH);
}

/** A file's Subresource Integrity value, as the loader and the browser check it: `sha384-BASE64`. */
export function integrity(bytes) {
  return `sha384-${createHash("sha384").update(bytes).digest("base64")}`;
}

/**
 * A data file's check in its kind's integrity table: the first 96 bits of its SHA-384
 * (16 base64 digits, the start of `integrity(bytes)` after `sha384-`). A full SRI per
 * entry with its id made the glossary's table 6.7 KB brotli, fetched before the first
 * popover; matching 96 bits by another file is as far out of reach as the whole.
 */
export const shortIntegrity = (bytes) => integrity(bytes).slice("sha384-".length, "sha384-".length + 16);
