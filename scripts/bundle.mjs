// Writes the deployable bundle into dist/ after `trunk build` has written the teaching
// page: every wasm variant (scripts/variants.mjs), the content as data
// files, the widgets' CSS, every file named by its content hash, and the manifest that
// names them inside dist/explainers.js (the one stable URL, with resizer.js and the
// page). Run by `make build`; needs cargo, wasm-bindgen and wasm-opt on PATH.
//
//   node scripts/bundle.mjs [dist]

import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { buildSync, transformSync } from "esbuild";
import { minify } from "terser";
import { contentHash, integrity, shortIntegrity } from "./hashed.mjs";
import { keyed } from "../js/term-key.mjs";
import { shortNames } from "./short-names.mjs";
import { writePluginZip } from "./wordpress-zip.mjs";
import { variants as readVariants } from "./variants.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, process.argv[2] ?? "dist");
// Cargo's target folder (CARGO_TARGET_DIR when set, as cargo and trunk take it).
const target = process.env.CARGO_TARGET_DIR ?? join(root, "target");
const work = join(target, "bundle");

// The variants (scripts/variants.mjs reads them from Cargo.toml, their one owner): each
// a [[bin]], built with its features. trunk builds the one index.html names (trunk 0.21
// takes one rel="rust" link) into dist/; this script builds the others the same way
// (cargo, wasm-bindgen, wasm-opt -Oz). `features`: its Cargo features, in the manifest:
// the loader picks the smallest variant with every feature the page's elements and
// attributes need (widgets/*/widget.toml gives each block widget and feature-bound
// attribute its feature).
const VARIANTS = readVariants(root);
// Every variant's shared CSS, inlined in the manifest so that a term is styled before
// any wasm has loaded; and what only a mounted widget needs (the popover's among it),
// at the start of every variant's CSS, which its glue carries (a page fetches it with
// the code).
const BASE_CSS = ["src/runtime/base.css", "src/glossary/glossary.css"];
const MOUNTED_CSS = ["src/runtime/mounted.css", "src/glossary/popover.css"];
// Each widget's CSS is beside it (src/<feature as a module>/<feature>.css); a variant carries
// the mounted widgets' CSS and its features' as one sheet (a feature without a widget,
// `authors`, has none).
const cssOf = (features) => [...MOUNTED_CSS, ...features.map((f) => `src/${f.replaceAll("-", "_")}/${f}.css`).filter((p) => existsSync(join(root, p)))];
const variantCss = (features) => minCss(cssOf(features).map(read).join("\n"));
// -Oz twice: the second pass finds about 0.2 KB brotli more. --low-memory-unused lets it
// fold pointer offsets into loads and stores, assuming the lowest 1 KB of memory is
// unused: rust-lld puts the 1 MB stack first, growing down towards address 0, so that KB
// is only touched by a stack already about to overflow (another 0.3 KB brotli). The
// producers and target-features sections are for tools, not browsers (0.17 KB brotli).
const WASM_OPT_FLAGS = [
  "--low-memory-unused",
  "-Oz",
  "-Oz",
  "--strip-producers",
  "--strip-target-features",
  "--enable-bulk-memory",
  "--enable-nontrapping-float-to-int",
  "--enable-sign-ext",
  "--enable-mutable-globals",
  "--enable-reference-types",
  "--enable-multivalue",
];

const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: ["ignore", "inherit", "inherit"] });

const read = (p) => readFileSync(join(root, p), "utf8");
// Minified CSS, with esbuild.
const minCss = (code) => transformSync(code, { loader: "css", minify: true }).code;

function put(rel, bytes) {
  const path = join(dist, rel);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, bytes);
}

// Writes `bytes` as `prefix.HASH.ext` and returns that name.
function putHashed(prefix, ext, bytes) {
  const name = `${prefix}.${contentHash(bytes)}.${ext}`;
  put(name, bytes);
  return name;
}

// Trusted Types (issue 24): the glue's one string-to-HTML sink, `innerHTML` (the wasm's
// build-time HTML, and Leptos's templates), goes through the page's policy once the
// loader hands it over (`setHtmlPolicy`); the glue may have no other such sink (the
// code uses DOM calls wherever they do).
const HTML_SINK = /(\w+)\.innerHTML = (getStringFromWasm0\(\w+, \w+\));/g;
const OTHER_SINKS = /insertAdjacentHTML|outerHTML|document\.write|createContextualFragment|DOMParser|srcdoc/;
function trustedHtml(glue, bin) {
  const other = OTHER_SINKS.exec(glue);
  if (other) throw new Error(`${bin}: the glue has a string-to-HTML sink other than innerHTML (${other[0]}): use DOM calls`);
  const sinks = glue.match(HTML_SINK)?.length ?? 0;
  if (sinks !== 1) throw new Error(`${bin}: expected the glue to set innerHTML in one place, found ${sinks}`);
  return `${glue.replace(HTML_SINK, "$1.innerHTML = trustedHtml($2);")}
let trustedHtml = (s) => s;
/** Hands over the page's Trusted Types policy: every HTML string the wasm sets goes through it. */
export function setHtmlPolicy(policy) {
  trustedHtml = (s) => policy.createHTML(s);
}
`;
}

// wasm-bindgen's initialisers take a URL, a fetch Response (streamed, with a fallback and
// its warning for a wrong MIME type), bytes or a module, synchronously or not; the loader
// only ever calls the default one with a module it compiled or the bytes it checked
// (js/explainers.js `loadVariant`). The rest, about 0.3 KB brotli of every glue, is
// replaced by that one way in. Throws when the glue does not end the way this expects (a
// new wasm-bindgen layout).
const WBG_INIT_FROM = "async function __wbg_load(module, imports) {";
const WBG_INIT_END = "export { initSync, __wbg_init as default };";
function loaderInit(glue, bin) {
  const from = glue.indexOf(WBG_INIT_FROM);
  const end = glue.lastIndexOf(WBG_INIT_END);
  if (from < 0 || end < 0 || glue.slice(end + WBG_INIT_END.length).trim() || !glue.includes("function __wbg_finalize_init(instance, module)")) {
    throw new Error(`${bin}: wasm-bindgen's initialisers are not where the bundle expects them (a new wasm-bindgen?): see loaderInit in scripts/bundle.mjs`);
  }
  return `${glue.slice(0, from)}let __wbg_init_promise;
/** Instantiates the wasm once, from \`{ module_or_path }\`: a compiled module or its bytes. */
function __wbg_init({ module_or_path }) {
  if (__wbg_init_promise) return __wbg_init_promise;
  __wbg_init_promise = WebAssembly.instantiate(module_or_path, __wbg_get_imports()).then((r) =>
    r instanceof WebAssembly.Instance ? __wbg_finalize_init(r, module_or_path) : __wbg_finalize_init(r.instance, r.module),
  );
  __wbg_init_promise.catch(() => {
    __wbg_init_promise = undefined;
  });
  return __wbg_init_promise;
}
export { __wbg_init as default };
`;
}

// Writes the wasm at `wasmPath` to `outPath` with short names for what joins it to its
// glue (scripts/short-names.mjs), and returns the glue at `jsPath` to match.
function postLink(wasmPath, jsPath, outPath) {
  const { wasm, js } = shortNames(readFileSync(wasmPath), readFileSync(jsPath, "utf8"));
  writeFileSync(outPath, wasm);
  return trustedHtml(loaderInit(js, outPath), outPath);
}

// The SRI of every data file a glue's loader checks (the index, each kind's integrity
// table per language) with the element that asks for it, and each element's
// declaration (the manifest's `elements`: its Cargo feature, its attributes'), filled
// by buildData.
const dataIntegrity = {};
const elementDecls = {};
// The data files a variant's widgets ask for: those asked for by an element it has.
const dataChecks = (features) =>
  Object.fromEntries(
    Object.entries(dataIntegrity)
      .filter(([, { askedBy }]) => !elementDecls[askedBy]?.feature || features.includes(elementDecls[askedBy].feature))
      .map(([path, { sri }]) => [path, sri]),
  );

// An ES module from `contents` (resolving its imports from `dir`), bundled and minified
// by esbuild with `define`, then minified again by terser, which finds about 0.2 KB
// brotli more in the loader and 0.1 KB in a glue.
async function bundleJs(contents, dir, sourcefile, define = {}) {
  const js = buildSync({
    stdin: { contents, resolveDir: dir, sourcefile, loader: "js" },
    bundle: true,
    write: false,
    format: "esm",
    minify: true,
    target: "es2022",
    define,
    logLevel: "error",
  }).outputFiles[0].text;
  return (await minify(js, { module: true, ecma: 2020, compress: { passes: 2 } })).code;
}

// What of the second part a variant needs (esbuild's `define`; js/runtime.mjs leaves
// out the rest): `RUNTIME_BLOCKS` when it has a block widget or a scope (an element with
// a Cargo feature, widget.toml), `RUNTIME_AUTHORS` when it has a feature an attribute
// needs (authors' own terms and glossary files), and with it `RUNTIME_AUTHOR_MAX`, the
// largest author's file it reads (the glossary format's limit, from `kinds.json`).
const attributeFeatures = () => new Set(Object.values(elementDecls).flatMap((d) => Object.values(d.features ?? {})));
const runtimeDefines = (features) => ({
  RUNTIME_BLOCKS: String(Object.values(elementDecls).some((d) => d.feature && features.includes(d.feature))),
  RUNTIME_AUTHORS: String(features.some((f) => attributeFeatures().has(f))),
  RUNTIME_AUTHOR_MAX: String(authorMax),
});
// A variant's files, hashed into dist/: the wasm, and the glue, which carries the wasm's
// integrity and the data's (`INTEGRITY`), the variant's CSS (`CSS`), and the loader's
// second part (js/runtime.mjs: what runs only once a page loads code), so that a page
// fetches them with the code, in no request of their own; the manifest carries the
// glue's integrity (`sri`).
async function variantFiles(v, glue, wasmBytes, cssText) {
  const files = { wasm: putHashed(v.bin, "wasm", wasmBytes) };
  const checks = { [files.wasm]: integrity(wasmBytes), ...dataChecks(v.features) };
  const dir = join(work, "glue", v.bin);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "glue.mjs"), `${glue}\n/** What the loader checks the files against (SRI). */\nexport const INTEGRITY = ${JSON.stringify(checks)};\n/** The variant's CSS: what every mounted widget shares, then its widgets'. */\nexport const CSS = ${JSON.stringify(cssText)};\n`);
  const entry = `export * from "./glue.mjs";\nexport { default } from "./glue.mjs";\nexport * from ${JSON.stringify(join(root, "js", "runtime.mjs"))};\n`;
  const js = await bundleJs(entry, dir, `${v.bin}.js`, runtimeDefines(v.features));
  return { js: putHashed(v.bin, "js", js), sri: integrity(js), ...files, features: v.features };
}

// A variant trunk has built: its files in dist/, renamed by their hash.
async function takeFromTrunk(v) {
  const js = join(dist, `${v.bin}.js`);
  const wasm = join(dist, `${v.bin}_bg.wasm`);
  if (!existsSync(js) || !existsSync(wasm)) throw new Error(`${v.bin}: trunk did not write ${js} and ${wasm} (run trunk build first)`);
  // trunk has run wasm-opt already; again after the unused classes are gone.
  const out = join(work, v.bin);
  mkdirSync(out, { recursive: true });
  const glue = postLink(wasm, js, join(out, "trimmed.wasm"));
  const opt = join(out, "opt.wasm");
  run("wasm-opt", [...WASM_OPT_FLAGS, join(out, "trimmed.wasm"), "-o", opt]);
  const files = await variantFiles(v, glue, readFileSync(opt), variantCss(v.features));
  if (v.features.length) throw new Error(`${v.bin}: trunk builds it without features (index.html), but Cargo.toml gives it ${v.features}`);
  rmSync(js);
  rmSync(wasm);
  return files;
}

function buildVariant(name, v) {
  if (v.trunk) return takeFromTrunk(v);
  console.log(`bundle: building the ${name} variant (${v.bin})`);
  const features = v.features.length ? ["--features", v.features.join(",")] : [];
  run("cargo", ["build", "--release", "--target", "wasm32-unknown-unknown", "--bin", v.bin, "--no-default-features", ...features]);
  const out = join(work, name);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  run("wasm-bindgen", ["--target", "web", "--no-typescript", "--out-dir", out, join(target, "wasm32-unknown-unknown/release", `${v.bin}.wasm`)]);
  if (existsSync(join(out, "snippets"))) throw new Error(`${v.bin}: wasm-bindgen wrote snippets/, which the bundle does not ship`);
  const raw = join(out, `${v.bin}_bg.wasm`);
  const trimmed = join(out, `${v.bin}.trimmed.wasm`);
  const glue = postLink(raw, join(out, `${v.bin}.js`), trimmed);
  const opt = join(out, `${v.bin}.opt.wasm`);
  run("wasm-opt", [...WASM_OPT_FLAGS, trimmed, "-o", opt]);
  const wasmBytes = readFileSync(opt);
  return variantFiles(v, glue, wasmBytes, variantCss(v.features));
}

// A data kind with this many files or more has its integrity table in shards (see
// `perLanguage`).
const SHARD_FROM = 32;

// The content: plain-named files from the content compiler, renamed by the hash of
// their kind's whole set (see `perLanguage`).
function buildData() {
  const out = join(work, "data");
  rmSync(out, { recursive: true, force: true });
  run("cargo", ["run", "--quiet", "--release", "-p", "explainers-compiler", "--bin", "emit-data", "--", "widgets", out]);
  // The layout is the content compiler's (compiler/src/data.rs, written as kinds.json).
  const layout = JSON.parse(readFileSync(join(out, "kinds.json"), "utf8"));
  const index = readFileSync(join(out, layout.index));
  const indexName = `data/${layout.index.replace(/\.json$/, "")}.${contentHash(index)}.json`;
  put(indexName, index);
  dataIntegrity[indexName] = { sri: integrity(index), askedBy: layout.index_asked_by };
  const kindOf = Object.fromEntries(Object.values(layout.kinds).map((k) => [k.folder, k]));
  // One folder per kind, one file per id and language (the languages are the content
  // compiler's, `langs` in kinds.json), all named by one hash of the whole set:
  // { hash, ids }. A hash per file cost every page about 0.5 KB brotli of manifest (101
  // glossary hashes); a release that changes one entry renames them all, and they are
  // small.
  const perLanguage = (folder) => {
    const ids = readdirSync(join(out, folder, layout.langs[0]))
      .sort()
      .map((file) => file.replace(/\.json$/, ""));
    const bytes = ids.map((id) => layout.langs.map((lang) => readFileSync(join(out, folder, lang, `${id}.json`))));
    // Each file's id and bytes go into the hash, so that renaming an entry renames the set.
    const hash = contentHash(...ids.flatMap((id, i) => [Buffer.from(`${id}\n`), ...bytes[i]]));
    ids.forEach((id, i) => layout.langs.forEach((lang, j) => put(`data/${folder}/${lang}/${id}.${hash}.json`, bytes[i][j])));
    // One integrity table per kind and language (the start of each file's SRI, in the
    // order of the manifest's ids), each data file checked against it; the table's own
    // SRI is in the glue of each variant whose widgets ask for the kind (`INTEGRITY`).
    // A kind with many files (the glossary's entries) has its table in shards of
    // `shard` files each (`LANG.integrity.K.HASH.json`, shard K holding ids K*shard
    // onwards), and the table the glue vouches for holds the start of each shard's SRI
    // instead: a first popover fetches two tables of about a dozen checks each, not
    // one of every entry's (1.5 KB brotli). Every link is the same 96-bit check, so a
    // file is still used only if the glue's SRI leads to it.
    const shard = ids.length >= SHARD_FROM ? Math.ceil(Math.sqrt(ids.length)) : 0;
    const table = (checks) => Buffer.from(JSON.stringify(checks));
    layout.langs.forEach((lang, j) => {
      let checks = ids.map((id, i) => shortIntegrity(bytes[i][j]));
      if (shard) {
        const shards = Array.from({ length: Math.ceil(ids.length / shard) }, (_, k) => table(checks.slice(k * shard, (k + 1) * shard)));
        shards.forEach((t, k) => put(`data/${folder}/${lang}.integrity.${k}.${hash}.json`, t));
        checks = shards.map(shortIntegrity);
      }
      const path = `data/${folder}/${lang}.integrity.${hash}.json`;
      const root = table(checks);
      put(path, root);
      // The glue vouches for the table with the same 96-bit check the table gives its
      // files (a whole SRI each cost the widgets' glue 0.5 KB brotli for no stronger
      // chain: every later link is 96 bits).
      dataIntegrity[path] = { sri: `sha384-${shortIntegrity(root)}`, askedBy: kindOf[folder].asked_by };
    });
    return shard ? { hash, ids, shard } : { hash, ids };
  };
  const tables = {};
  for (const { folder, table } of Object.values(layout.kinds)) tables[table] = perLanguage(folder);
  const elements = JSON.parse(readFileSync(join(out, "elements.json"), "utf8"));
  // Which elements each Cargo feature brings (an element without one is in every variant).
  Object.assign(elementDecls, elements.elements);
  // The manifest's kinds without the bundler's `asked_by`.
  for (const k of Object.values(layout.kinds)) delete k.asked_by;
  // `langs`: the content's languages, the first the default (the loader fetches ahead
  // in the one an element will render in).
  authorMax = layout.author_max_bytes;
  return { index: indexName, langs: layout.langs, kinds: layout.kinds, ...tables, elements };
}

// The `check` command's validator (the glossary-format crate through glossary-check),
// for Node: bin/check/ beside bin/east-asia-explainers.mjs, in the package. And the
// JSON Schema the same crate generates from its field table (schema/, in the package).
function buildCheck() {
  console.log("bundle: building the check command's validator (glossary-check)");
  run("cargo", ["build", "--release", "--target", "wasm32-unknown-unknown", "-p", "glossary-check", "--lib"]);
  const out = join(root, "bin", "check");
  rmSync(out, { recursive: true, force: true });
  run("wasm-bindgen", ["--target", "nodejs", "--no-typescript", "--out-dir", out, join(target, "wasm32-unknown-unknown/release", "glossary_check.wasm")]);
  const wasm = join(out, "glossary_check_bg.wasm");
  run("wasm-opt", [...WASM_OPT_FLAGS, wasm, "-o", wasm]);
  // wasm-bindgen's Node glue is CommonJS; the package is "type": "module".
  writeFileSync(join(out, "package.json"), JSON.stringify({ type: "commonjs" }) + "\n");
  const schema = execFileSync("cargo", ["run", "--quiet", "--release", "-p", "glossary-format", "--bin", "glossary-schema"], { cwd: root, encoding: "utf8" });
  mkdirSync(join(root, "schema"), { recursive: true });
  writeFileSync(join(root, "schema", "glossary.schema.json"), schema);
}

const version = /^version = "([^"]+)"/m.exec(read("Cargo.toml"))[1];
// The largest author's file a glue reads (`buildData`, from the content compiler).
let authorMax;
rmSync(join(dist, "data"), { recursive: true, force: true });
const data = buildData();
const variants = {};
for (const [name, v] of Object.entries(VARIANTS)) variants[name] = await buildVariant(name, v);
buildCheck();
const manifest = { version, variants, ...data, css: minCss(BASE_CSS.map(read).join("\n")) };
// The loader's copy carries a sharded table's ids as keys (js/term-key.mjs).
const loaderManifest = { ...manifest, ...Object.fromEntries(Object.entries(data).filter(([, t]) => t?.shard).map(([name, t]) => [name, keyed(name, t)])) };
const loader = read("js/explainers.js");
const marker = /\/\*@manifest\*\/ null \/\*@end\*\//;
if (!marker.test(loader)) throw new Error("js/explainers.js has no /*@manifest*/ null /*@end*/ marker");
// Its one dynamic import (a variant's glue, by URL at run time) marked for webpack,
// which would otherwise turn it into an empty module context when an app bundles the
// loader (the minifier drops comments, so the mark goes in after it).
// Bundled, for the one module it imports (js/term-key.mjs, shared with this script).
const minLoader = await bundleJs(loader.replace(marker, () => JSON.stringify(loaderManifest)), join(root, "js"), "explainers.js");
const imports = minLoader.match(/\bimport\(/g)?.length ?? 0;
if (imports !== 1) throw new Error(`js/explainers.js: expected one dynamic import() after minifying, found ${imports}`);
put("explainers.js", minLoader.replace(/\bimport\(/, "import(/*webpackIgnore:true*/"));
// The same manifest as a file, with every id, for tools and tests (the loader never fetches it).
put("manifest.json", JSON.stringify(manifest, null, 2));
// The WordPress plugin, zipped for WordPress's upload form (wordpress/ in the package).
writePluginZip(dist);
console.log(`bundle: ${version}: ${Object.values(variants).map((v) => v.wasm).join(", ")}; ${data.terms.ids.length} glossary entries; manifest in ${join(dist, "explainers.js")}`);
