// Gives the names that join a variant's wasm to its glue short names, in both.
//
// wasm-bindgen names each import after the function and a 16-digit hash
// (`__wbg_document_3b5c3071b43e97ee`), under a module named after the file
// (`./explainers-glossary_bg.js`), and its own exports after their purpose and a hash
// (`wasm_bindgen__convert__closures_____invoke__h224131b84dde333a`). Each name is
// written twice, in the wasm and in the glue, and the hashes do not compress: about
// 1.4 KB brotli of glue and 1.3 KB of wasm per variant. Here the module becomes `a`,
// each import a short name in the order of the import section, and each of
// wasm-bindgen's own exports (`__wbindgen_*`, `__externref_*`, `wasm_bindgen__*`) one
// too; the loader's exports (`mount`, `tags`, …) keep theirs.
//
// It runs on wasm-bindgen's unminified `--target web` glue, whose imports are the keys
// `NAME: function(` of one object returned under the module's name, and whose calls
// into the wasm are `wasm.NAME`. Throws when the glue does not have that shape or
// still names an old name afterwards (a new wasm-bindgen layout), so a change upstream
// fails the build instead of shipping a glue that does not match its wasm.
//
//   import { shortNames } from "./short-names.mjs";
//   const { wasm, js } = shortNames(wasmBytes, glueJs);

import { leb, nameBytes, readLeb, readName, rewriteExports, rewriteSection, SECTION } from "./wasm-binary.mjs";

/** wasm-bindgen's own exports, which only its glue calls. */
const INTERNAL_EXPORT = /^(__wbindgen_|__externref_|wasm_bindgen__)/;
const MODULE = "a";
const LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

/** The `i`th short name: `a` … `Z`, then `ab`, `bb`, … (letters only, valid JS names). */
export function shortName(i) {
  let s = LETTERS[i % LETTERS.length];
  for (let n = Math.floor(i / LETTERS.length); n > 0; n = Math.floor(n / LETTERS.length)) s += LETTERS[n % LETTERS.length];
  return s;
}

// Skips an import's description (after its kind byte) at `p`; returns the new offset.
function skipImportDesc(b, kind, p) {
  const limits = (q) => {
    const flags = b[q++];
    q += readLeb(b, q)[1];
    if (flags & 1) q += readLeb(b, q)[1];
    return q;
  };
  switch (kind) {
    case 0: // a function: its type index
      return p + readLeb(b, p)[1];
    case 1: // a table: its element type, its limits
      return limits(p + 1);
    case 2: // a memory: its limits
      return limits(p);
    case 3: // a global: its value type, mutability
      return p + 2;
    case 4: // a tag: its attribute, its type index
      return p + 1 + readLeb(b, p + 1)[1];
    default:
      throw new Error(`short-names: unknown import kind ${kind}`);
  }
}

/** Renames every import (module and name) of `bytes`: returns [bytes, module, {old: new}]. */
function renameImports(bytes) {
  const names = {};
  let module = null;
  const out = rewriteSection(bytes, SECTION.import, (b, start) => {
    let p = start;
    const [count, c] = readLeb(b, p);
    p += c;
    const entries = [];
    for (let i = 0; i < count; i++) {
      const [mod, m] = readName(b, p);
      p += m;
      const [name, n] = readName(b, p);
      p += n;
      const descStart = p;
      p = skipImportDesc(b, b[p], p + 1);
      if (module !== null && mod !== module) throw new Error(`short-names: imports from two modules (${module}, ${mod})`);
      module = mod;
      if (Object.hasOwn(names, name)) throw new Error(`short-names: ${name} is imported twice`);
      names[name] = shortName(i);
      entries.push(nameBytes(MODULE), nameBytes(names[name]), b.subarray(descStart, p));
    }
    return Buffer.concat([Buffer.from(leb(count)), ...entries]);
  });
  return [out, module, names];
}

/** Renames wasm-bindgen's own exports of `bytes`: returns [bytes, {old: new}]. */
function renameExports(bytes) {
  const names = {};
  const out = rewriteExports(bytes, (name) => {
    if (!INTERNAL_EXPORT.test(name)) return name;
    names[name] = `_${shortName(Object.keys(names).length)}`;
    return names[name];
  });
  return [out, names];
}

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** `wasm` (bytes) and `js` (its unminified glue) with the short names, both. */
export function shortNames(wasm, js) {
  const [renamed, module, imports] = renameImports(wasm);
  const [bytes, exports] = renameExports(renamed);
  let glue = js;
  const swap = (pattern, to, what) => {
    const re = new RegExp(pattern, "gm");
    if (!re.test(glue)) throw new Error(`short-names: the glue has no ${what}`);
    glue = glue.replace(re, to);
  };
  swap(`^(\\s*)"${escape(module)}": import0,$`, `$1${MODULE}: import0,`, `import object for ${module}`);
  for (const [old, to] of Object.entries(imports)) swap(`^(\\s*)${escape(old)}: function\\(`, `$1${to}: function(`, `import ${old}`);
  for (const [old, to] of Object.entries(exports)) {
    // An export the glue never calls keeps working under its new name.
    if (glue.includes(`wasm.${old}`)) swap(`\\bwasm\\.${escape(old)}(?![\\w$])`, `wasm.${to}`, `call of ${old}`);
  }
  // An old import or module name anywhere, or an export's as a string or a property of
  // the wasm's exports, is a reference this did not rewrite. (The glue's own wrapper
  // functions may share an export's name; the minifier renames them.)
  const missed = [
    ...[module, ...Object.keys(imports)].filter((old) => glue.includes(old)),
    ...Object.keys(exports).filter((old) => new RegExp(`wasm\\s*(\\.|\\[\\s*["'\`])${escape(old)}(?![\\w$])|["'\`]${escape(old)}["'\`]`).test(glue)),
  ];
  if (missed.length) throw new Error(`short-names: the glue still names ${missed.slice(0, 3).join(", ")}`);
  return { wasm: bytes, js: glue };
}
