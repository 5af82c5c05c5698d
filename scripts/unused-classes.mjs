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

import { rewriteExports } from "./wasm-binary.mjs";

/** Classes that wasm-bindgen exports from dependencies and the widgets never use. */
export const UNUSED_CLASSES = ["IntoUnderlyingByteSource", "IntoUnderlyingSink", "IntoUnderlyingSource"];

/**
 * The wasm module `bytes` without the exports whose names `drop(name)` accepts.
 * Returns the new bytes and the names removed.
 */
export function dropExports(bytes, drop) {
  const removed = [];
  const out = rewriteExports(bytes, (name) => (drop(name) ? (removed.push(name), null) : name));
  return { bytes: out, removed };
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
