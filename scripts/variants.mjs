// The wasm variants, read from Cargo.toml, their one owner: each [[bin]] named
// `explainers-<variant>` is the variant <variant>, built with its `required-features`
// and every feature those enable ([features]: `authors` brings `scope`); trunk builds the
// one index.html names (its rel="rust" link's data-bin), without features. Read through
// `cargo metadata`, so the table is Cargo's own. Used by scripts/bundle.mjs (the build
// and the manifest's variants, whose `features` the loader picks by) and `make lint`
// (clippy on each variant's feature set):
//
//   node scripts/variants.mjs             the table, as JSON
//   node scripts/variants.mjs --features  each variant's features, comma-separated, one a line

import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
/** The prefix of a variant's binary. */
export const BIN_PREFIX = "explainers-";

/** `features` and every feature they enable in `table` (Cargo's [features]), sorted; optional dependencies (`dep:…`, `crate/feature`) left out. */
export function closure(features, table) {
  const seen = new Set();
  const todo = [...features];
  while (todo.length) {
    const f = todo.pop();
    if (f.startsWith("dep:") || f.includes("/") || seen.has(f)) continue;
    if (!(f in table)) throw new Error(`Cargo.toml: "${f}" is not a feature`);
    seen.add(f);
    todo.push(...table[f]);
  }
  return [...seen].sort();
}

/** The bin index.html's rel="rust" link names: the variant trunk builds. */
export function trunkBin(root = ROOT) {
  const link = /<link\b[^>]*\brel="rust"[^>]*>/.exec(readFileSync(join(root, "index.html"), "utf8"))?.[0] ?? "";
  const bin = /\bdata-bin="([^"]+)"/.exec(link)?.[1];
  if (!bin) throw new Error("index.html: no <link data-trunk rel=\"rust\" data-bin=…>");
  return bin;
}

/**
 * The variants: { name: { bin, features, trunk } }, fewest features first (then by
 * name), the order the loader tries them in.
 */
export function variants(root = ROOT) {
  const meta = JSON.parse(execFileSync("cargo", ["metadata", "--no-deps", "--format-version", "1", "--manifest-path", join(root, "Cargo.toml")], { encoding: "utf8" }));
  const pkg = meta.packages.find((p) => p.manifest_path === join(meta.workspace_root, "Cargo.toml"));
  if (!pkg) throw new Error("cargo metadata: no root package");
  const trunk = trunkBin(root);
  const out = pkg.targets
    .filter((t) => t.kind.includes("bin") && t.name.startsWith(BIN_PREFIX))
    .map((t) => ({ name: t.name.slice(BIN_PREFIX.length), bin: t.name, features: closure(t["required-features"] ?? [], pkg.features), trunk: t.name === trunk }))
    .sort((a, b) => a.features.length - b.features.length || a.name.localeCompare(b.name));
  if (!out.some((v) => v.trunk)) throw new Error(`index.html builds ${trunk}, which is not a variant's [[bin]] in Cargo.toml`);
  return Object.fromEntries(out.map(({ name, ...v }) => [name, v]));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const table = variants();
  if (process.argv[2] === "--features") {
    for (const v of Object.values(table)) console.log(v.features.join(","));
  } else {
    console.log(JSON.stringify(table, null, 2));
  }
}
