// The variant table has one owner, Cargo.toml's [[bin]]s (issue 23: it was written in
// four places: Cargo.toml, scripts/bundle.mjs, the Makefile's clippy lines and the
// registry). scripts/variants.mjs reads it for the bundle and `make lint`; this checks
// what it reads, and, when a bundle has been built (dist/), that the manifest's
// variants are the table's. Needs cargo, no browser:
//   node --test tests/e2e/variants.test.mjs

import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { BIN_PREFIX, closure, trunkBin, variants } from "../../scripts/variants.mjs";

const TABLE = variants();

test("a variant's features are its required-features and what they enable", () => {
  const table = { authors: ["dep:glossary-format", "scope"], scope: ["dep:glossary-format"], map: [] };
  assert.deepEqual(closure(["authors"], table), ["authors", "scope"]);
  assert.deepEqual(closure(["map", "scope"], table), ["map", "scope"]);
  assert.deepEqual(closure([], table), []);
  assert.throws(() => closure(["slider"], table), /"slider" is not a feature/);
});

test("every [[bin]] of Cargo.toml is a variant, the one index.html names built by trunk without features", () => {
  const cargo = readFileSync("Cargo.toml", "utf8");
  const bins = [...cargo.matchAll(/^\[\[bin\]\]\s*\nname = "([^"]+)"/gm)].map((m) => m[1]).sort();
  assert.deepEqual(Object.values(TABLE).map((v) => v.bin).sort(), bins);
  for (const [name, v] of Object.entries(TABLE)) assert.equal(v.bin, `${BIN_PREFIX}${name}`);
  const trunk = Object.values(TABLE).filter((v) => v.trunk);
  assert.deepEqual(trunk.map((v) => v.bin), [trunkBin()]);
  assert.deepEqual(trunk[0].features, [], "trunk builds its variant with no features (data-cargo-no-default-features)");
  assert.match(readFileSync("index.html", "utf8"), /<link data-trunk rel="rust"[^>]*data-cargo-no-default-features/);
});

test("only the terms-only variant leaves the scope out, and no two variants have the same features", () => {
  for (const [name, v] of Object.entries(TABLE)) assert.equal(v.features.includes("scope"), !v.trunk, name);
  const sets = Object.values(TABLE).map((v) => v.features.join(","));
  assert.equal(new Set(sets).size, sets.length, sets.join(" / "));
});

test("the built manifest's variants are Cargo.toml's", (t) => {
  if (!existsSync("dist/manifest.json")) return t.skip("no dist/ (run make build)");
  const manifest = JSON.parse(readFileSync("dist/manifest.json", "utf8"));
  const built = Object.fromEntries(Object.entries(manifest.variants).map(([name, v]) => [name, v.features]));
  const owned = Object.fromEntries(Object.entries(TABLE).map(([name, v]) => [name, v.features]));
  assert.deepEqual(built, owned);
});
