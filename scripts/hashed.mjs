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
