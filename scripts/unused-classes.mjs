// Removes the JavaScript classes that dependencies export through wasm-bindgen and that
// no widget uses, from a variant's wasm and its glue, before wasm-opt.
//
// Leptos depends on server_fn, whose browser build depends on wasm-streams, which
// exports three `#[wasm_bindgen]` classes (IntoUnderlyingSource, IntoUnderlyingSink,
// IntoUnderlyingByteSource). An export is a root for the linker and for wasm-opt, so
// those classes keep their methods, the futures machinery behind them and the Streams
// bindings in every variant, although the loader only calls the functions in
// src/runtime/exports.rs. Dropping their exports lets wasm-opt remove all of it.
//
//   import { dropClasses } from "./unused-classes.mjs";
//   const { wasm, js } = dropClasses(wasmBytes, glueJs, UNUSED_CLASSES);

/** Classes that wasm-bindgen exports from dependencies and the widgets never use. */
export const UNUSED_CLASSES = ["IntoUnderlyingByteSource", "IntoUnderlyingSink", "IntoUnderlyingSource"];

// Unsigned LEB128 at `at`: [value, bytes read].
function readLeb(bytes, at) {
  let value = 0;
  let shift = 0;
  let i = at;
  for (;;) {
    const b = bytes[i++];
    value += (b & 0x7f) * 2 ** shift;
    shift += 7;
    if (b < 0x80) return [value, i - at];
  }
}

function leb(value) {
  const out = [];
  do {
    let b = value % 128;
    value = Math.floor(value / 128);
    if (value > 0) b |= 0x80;
    out.push(b);
  } while (value > 0);
  return out;
}

const EXPORT_SECTION = 7;

/**
 * The wasm module `bytes` without the exports whose names `drop(name)` accepts.
 * Returns the new bytes and the names removed.
 */
export function dropExports(bytes, drop) {
  if (bytes[0] !== 0 || bytes[1] !== 0x61 || bytes[2] !== 0x73 || bytes[3] !== 0x6d) throw new Error("not a wasm module");
  const parts = [bytes.subarray(0, 8)];
  const removed = [];
  let at = 8;
  while (at < bytes.length) {
    const id = bytes[at];
    const [size, n] = readLeb(bytes, at + 1);
    const start = at + 1 + n;
    const end = start + size;
    if (id !== EXPORT_SECTION) {
      parts.push(bytes.subarray(at, end));
    } else {
      let p = start;
      const [count, c] = readLeb(bytes, p);
      p += c;
      const kept = [];
      for (let i = 0; i < count; i++) {
        const entryStart = p;
        const [len, l] = readLeb(bytes, p);
        p += l;
        const name = new TextDecoder().decode(bytes.subarray(p, p + len));
        p += len + 1; // the name, then the kind byte
        const [, x] = readLeb(bytes, p);
        p += x;
        if (drop(name)) removed.push(name);
        else kept.push(bytes.subarray(entryStart, p));
      }
      const body = Buffer.concat([Buffer.from(leb(kept.length)), ...kept]);
      parts.push(Buffer.from([EXPORT_SECTION, ...leb(body.length)]), body);
    }
    at = end;
  }
  return { bytes: Buffer.concat(parts), removed };
}

/**
 * `wasm` (bytes) and `js` (wasm-bindgen's `--target web` glue) without `classes`: their
 * exports (`name_method`, `__wbg_name_free`) and their glue (the class, its
 * `Symbol.dispose` line and its FinalizationRegistry). Throws when a class is not
 * there or when the glue still names it afterwards (a new wasm-bindgen layout), so a
 * change upstream fails the build instead of shipping half a class.
 */
export function dropClasses(wasm, js, classes) {
  let glue = js;
  const prefixes = classes.map((c) => c.toLowerCase() + "_");
  const { bytes, removed } = dropExports(wasm, (name) => prefixes.some((p) => name.startsWith(p) || name.startsWith(`__wbg_${p}`)));
  for (const c of classes) {
    if (!removed.some((name) => name.startsWith(`__wbg_${c.toLowerCase()}_free`))) throw new Error(`unused-classes: the wasm exports no class ${c}`);
    const before = glue;
    glue = glue
      .replace(new RegExp(`^export class ${c} \\{\\n[\\s\\S]*?^\\}\\n`, "m"), "")
      .replace(new RegExp(`^if \\(Symbol\\.dispose\\) ${c}\\.prototype.*\\n`, "m"), "")
      .replace(new RegExp(`^const ${c}Finalization = [^;]*;\\n`, "m"), "");
    if (glue === before || new RegExp(`\\b${c}`).test(glue)) throw new Error(`unused-classes: could not remove class ${c} from the glue`);
  }
  return { wasm: bytes, js: glue, removed };
}
