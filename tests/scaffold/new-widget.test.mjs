// The scaffold (scripts/new-widget.mjs), run in a copy of the repository's tracked files:
// it refuses a bad tag and writes nothing; it writes nothing when an edit cannot find its
// place; the widget it makes compiles (the library with its feature alone, its variant
// for wasm32 under clippy, its browser test), is formatted, and passes the content
// checks (every generated file current, `cargo test -p explainers-compiler`); and
// ARCHITECTURE.md's checklist is the one it prints. Cargo shares the build's target
// directory (CARGO_TARGET_DIR, else target/), so the dependencies are built once; the
// copy's own crates are kept apart there (rustc-wrapper.sh).
//
// Run: make test-scaffold (about three minutes when the dependencies are built).

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { checklist, GENERATORS } from "../../scripts/new-widget/checklist.mjs";
import { names } from "../../scripts/new-widget/names.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "../..");
const TARGET = process.env.CARGO_TARGET_DIR || join(ROOT, "target");
// The copy's own crates get artifacts of their own in TARGET (see the script); clippy sets
// its own wrapper, but lints only, and never runs what it builds.
const WRAPPER = join(ROOT, "tests/scaffold/rustc-wrapper.sh");
const TAG = "example-widget";
let copy;

before(() => {
  copy = mkdtempSync(join(tmpdir(), "new-widget-"));
  const tracked = execFileSync("git", ["ls-files", "-z"], { cwd: ROOT, encoding: "utf8" }).split("\0").filter(Boolean);
  for (const f of tracked) if (existsSync(join(ROOT, f))) cpSync(join(ROOT, f), join(copy, f));
});

after(() => copy && rmSync(copy, { recursive: true, force: true }));

/** Every file under `dir` and a digest of its bytes. */
function snapshot(dir, into = new Map(), prefix = "") {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) snapshot(path, into, `${prefix}${name}/`);
    else into.set(prefix + name, createHash("sha1").update(readFileSync(path)).digest("hex"));
  }
  return into;
}

const scaffold = (...args) => spawnSync(process.execPath, [join(copy, "scripts/new-widget.mjs"), ...args, "--root", copy], { encoding: "utf8" });

test("a bad tag is refused, naming why, and nothing is written", () => {
  const before = snapshot(copy);
  const cases = [
    ["widget", /not a custom element name.*joined by hyphens/],
    ["Example-Widget", /not a custom element name/],
    ["example-widget-2", /not a custom element name/],
    ["example-", /not a custom element name/],
    ["x-ray2", /not a custom element name/],
    ["example--widget", /not a custom element name/],
    ["font-face", /a name HTML reserves/],
    ["hotspot-map", /<hotspot-map> exists already: widgets\/hotspot-map\/widget\.toml declares it/],
    ["glossary-term", /<glossary-term> exists already: widgets\/glossary\/widget\.toml declares it/],
    ["ui-text", /ui-text exists already: src\/ui_text\.rs/],
  ];
  for (const [tag, why] of cases) {
    const r = scaffold(tag);
    assert.equal(r.status, 1, `${tag}: ${r.stderr}`);
    assert.match(r.stderr, /^new-widget: refused: /, tag);
    assert.match(r.stderr, why, tag);
  }
  const usage = scaffold();
  assert.equal(usage.status, 2);
  assert.match(usage.stderr, /usage: node scripts\/new-widget\.mjs <tag>/);
  assert.deepEqual(snapshot(copy), before);
});

test("an edit that cannot find its place names it, and nothing is written", () => {
  const file = join(copy, "src/runtime/registry.rs");
  const original = readFileSync(file, "utf8");
  writeFileSync(file, original.replace("pub(crate) const WIDGETS: &[&Widget] = &[", "pub(crate) const WIDGETS: &[&'static Widget] = &["));
  try {
    const before = snapshot(copy);
    const r = scaffold(TAG);
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stderr, /nothing written: src\/runtime\/registry\.rs: cannot find `pub\(crate\) const WIDGETS/);
    assert.match(r.stderr, /adapt its edit in scripts\/new-widget\/wire\.mjs/);
    assert.deepEqual(snapshot(copy), before);
  } finally {
    writeFileSync(file, original);
  }
});

/** Runs `cmd` in the copy, sharing the build's target directory; returns its seconds. */
function run(t, cmd, args) {
  const start = Date.now();
  const r = spawnSync(cmd, args, { cwd: copy, encoding: "utf8", env: { ...process.env, CARGO_TARGET_DIR: TARGET, RUSTC_WORKSPACE_WRAPPER: WRAPPER }, maxBuffer: 64 << 20 });
  const seconds = (Date.now() - start) / 1000;
  t.diagnostic(`${seconds.toFixed(1)} s: ${cmd} ${args.join(" ")}`);
  assert.equal(r.status, 0, `${cmd} ${args.join(" ")} failed (${r.error ?? `exit ${r.status}`}):\n${r.stdout.slice(-4000)}\n${r.stderr.slice(-4000)}`);
  return r;
}

test("the scaffold's widget compiles, is formatted and passes the content checks", (t) => {
  const started = Date.now();
  const n = names(TAG);
  const made = run(t, process.execPath, ["scripts/new-widget.mjs", TAG]);
  // It prints the checklist for the widget.
  assert.ok(made.stdout.includes(checklist(n)), made.stdout);
  run(t, "cargo", ["fmt", "--all", "--check"]);
  run(t, "leptosfmt", ["--check", "src"]);
  for (const g of GENERATORS) run(t, "cargo", ["run", "-q", "-p", "explainers-compiler", "--bin", g.bin, "--", "--check", copy]);
  run(t, "cargo", ["test", "-q", "-p", "explainers-compiler"]);
  // The widget on its own (its native tests), its variant as `make lint` checks it, and
  // its browser test.
  run(t, "cargo", ["test", "-q", "--lib", "--no-default-features", "--features", n.feature, `${n.module}::`]);
  const wasm = ["clippy", "--target", "wasm32-unknown-unknown"];
  run(t, "cargo", [...wasm, "--no-default-features", "--features", n.variantFeatures.join(","), "--lib", "--bins", "--", "-D", "warnings"]);
  run(t, "cargo", [...wasm, "--test", `browser_${n.module}`, "--", "-D", "warnings"]);
  // Every JavaScript file it wrote or edited parses.
  for (const f of ["bench/scenarios.mjs", "tests/e2e/drive.mjs", "tests/e2e/contract.test.mjs", "tests/e2e/a11y.test.mjs", "tests/e2e/bad-input.test.mjs", `tests/e2e/${TAG}.test.mjs`]) {
    run(t, process.execPath, ["--check", f]);
  }
  t.diagnostic(`the scaffold's checks took ${((Date.now() - started) / 1000).toFixed(0)} s`);
});

test("ARCHITECTURE.md's checklist is the one the scaffold prints", () => {
  const r = spawnSync(process.execPath, [join(ROOT, "scripts/new-widget.mjs"), "--architecture", "--check", "--root", ROOT], { encoding: "utf8" });
  assert.equal(r.status, 0, r.stderr);
});
