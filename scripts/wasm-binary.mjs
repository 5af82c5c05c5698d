// The few pieces of the WebAssembly binary format that the bundle's post-link steps
// need (scripts/short-names.mjs): LEB128 numbers, names,
// rewriting one section while copying the others byte for byte, and renaming or
// dropping exports.

/** Unsigned LEB128 at `at` in `bytes`: [value, bytes read]. */
export function readLeb(bytes, at) {
  let value = 0;
  let shift = 0;
  let i = at;
  for (;;) {
    const b = bytes[i++];
    if (b === undefined) throw new Error("wasm: a number runs past the end");
    value += (b & 0x7f) * 2 ** shift;
    shift += 7;
    if (b < 0x80) return [value, i - at];
  }
}

/** `value` as unsigned LEB128 bytes. */
export function leb(value) {
  const out = [];
  do {
    let b = value % 128;
    value = Math.floor(value / 128);
    if (value > 0) b |= 0x80;
    out.push(b);
  } while (value > 0);
  return out;
}

/** The name (a length-prefixed UTF-8 string) at `at`: [name, bytes read]. */
export function readName(bytes, at) {
  const [len, n] = readLeb(bytes, at);
  return [new TextDecoder().decode(bytes.subarray(at + n, at + n + len)), n + len];
}

/** `name` as a length-prefixed UTF-8 string. */
export function nameBytes(name) {
  const utf8 = new TextEncoder().encode(name);
  return Buffer.concat([Buffer.from(leb(utf8.length)), utf8]);
}

/** The section ids this module uses (the standard ones). */
export const SECTION = { import: 2, export: 7 };

/**
 * The module `bytes` with the payload of every section with id `id` replaced by
 * `rewrite(bytes, start, end)` (a Buffer); the other sections are copied unchanged.
 */
export function rewriteSection(bytes, id, rewrite) {
  if (bytes[0] !== 0 || bytes[1] !== 0x61 || bytes[2] !== 0x73 || bytes[3] !== 0x6d) throw new Error("not a wasm module");
  const parts = [bytes.subarray(0, 8)];
  let at = 8;
  while (at < bytes.length) {
    const [size, n] = readLeb(bytes, at + 1);
    const start = at + 1 + n;
    const end = start + size;
    if (bytes[at] !== id) parts.push(bytes.subarray(at, end));
    else {
      const body = rewrite(bytes, start, end);
      parts.push(Buffer.from([id, ...leb(body.length)]), body);
    }
    at = end;
  }
  return Buffer.concat(parts);
}

/**
 * The module `bytes` with each export renamed to `rename(name)`, or dropped where that
 * is null; what each exports is kept.
 */
export function rewriteExports(bytes, rename) {
  return rewriteSection(bytes, SECTION.export, (b, start) => {
    let p = start;
    const [count, c] = readLeb(b, p);
    p += c;
    const kept = [];
    for (let i = 0; i < count; i++) {
      const [name, n] = readName(b, p);
      p += n;
      const desc = p;
      p += 1 + readLeb(b, p + 1)[1]; // the kind byte, then the index
      const to = rename(name);
      if (to !== null) kept.push(Buffer.concat([nameBytes(to), b.subarray(desc, p)]));
    }
    return Buffer.concat([Buffer.from(leb(kept.length)), ...kept]);
  });
}

