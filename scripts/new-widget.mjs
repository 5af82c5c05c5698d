// Scaffolds a new widget: a minimal but real block widget (a count a reader raises with a
// button) with every file and every piece of wiring it needs, then brings the generated
// contract up to date and prints the checklist for it (what was created, edited and
// generated, and what is left to do). It refuses a tag that is not a custom element name
// as the project writes them, or a widget that exists, and writes nothing when any edit
// cannot find its place.
//
//   node scripts/new-widget.mjs <tag> [--root DIR]          e.g. example-widget
//   node scripts/new-widget.mjs --architecture [--check]    ARCHITECTURE.md's checklist
//
// The files are in scripts/new-widget/: names.mjs (the names, the refusals), files.mjs
// and tests.mjs (what it creates), wire.mjs (every edit of a shared file) and
// checklist.mjs (the steps). `make test-scaffold` runs it in a copy of the repository.

import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { checklist, GENERATORS } from "./new-widget/checklist.mjs";
import { FILES } from "./new-widget/files.mjs";
import { names, PLACEHOLDERS, refusal } from "./new-widget/names.mjs";
import { TEST_FILES } from "./new-widget/tests.mjs";
import { EDITS, MissingAnchor } from "./new-widget/wire.mjs";

const USAGE = "usage: node scripts/new-widget.mjs <tag> [--root DIR]\n       node scripts/new-widget.mjs --architecture [--check] [--root DIR]";

/** ARCHITECTURE.md's generated checklist: between these lines. */
export const START = "<!-- @generated new-widget checklist:start -->";
export const END = "<!-- @generated new-widget checklist:end -->";

function fail(message, code = 1) {
  console.error(`new-widget: ${message}`);
  process.exit(code);
}

function args(argv) {
  const out = { root: join(dirname(fileURLToPath(import.meta.url)), ".."), tags: [], architecture: false, check: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--root" && i + 1 < argv.length) out.root = resolve(argv[++i]);
    else if (a === "--architecture") out.architecture = true;
    else if (a === "--check") out.check = true;
    else if (a.startsWith("-")) fail(`unknown option ${a}\n${USAGE}`, 2);
    else out.tags.push(a);
  }
  if (out.architecture ? out.tags.length : out.tags.length !== 1) fail(USAGE, 2);
  return out;
}

/** Writes (or, with `check`, checks) the checklist in ARCHITECTURE.md. */
function architecture(root, check) {
  const file = join(root, "ARCHITECTURE.md");
  const text = readFileSync(file, "utf8");
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) fail(`ARCHITECTURE.md: no ${START} … ${END} block`);
  const want = `${text.slice(0, start + START.length)}\n${checklist(PLACEHOLDERS)}${text.slice(end)}`;
  if (want === text) return console.log(`new-widget: ARCHITECTURE.md's checklist is ${check ? "ok" : "up to date"}`);
  if (check) fail("ARCHITECTURE.md's checklist is not the scaffold's; run: node scripts/new-widget.mjs --architecture");
  writeFileSync(file, want);
  console.log("new-widget: wrote ARCHITECTURE.md's checklist");
}

/** Runs `cmd` in `root`; false (after saying so) when it is missing or fails. */
function run(root, cmd, argv) {
  try {
    execFileSync(cmd, argv, { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
    return true;
  } catch (e) {
    console.error(`new-widget: ${cmd} ${argv.join(" ")}: ${e.code === "ENOENT" ? "not found" : `exit ${e.status}`}`);
    return false;
  }
}

function scaffold(root, tag) {
  const why = refusal(tag, root, (n) => [...FILES, ...TEST_FILES].map((f) => f.path(n)));
  if (why) fail(`refused: ${why}`);
  const n = names(tag);
  const created = [...FILES, ...TEST_FILES].map((f) => ({ path: f.path(n), text: f.text(n) }));
  // Every edit first, in memory: if one cannot find its place, nothing is written.
  const edited = new Map();
  for (const e of EDITS) {
    const before = edited.get(e.file) ?? readFileSync(join(root, e.file), "utf8");
    try {
      edited.set(e.file, e.apply(before, n));
    } catch (err) {
      if (err instanceof MissingAnchor) fail(`nothing written: ${err.message}`);
      throw err;
    }
  }
  for (const f of created) {
    mkdirSync(dirname(join(root, f.path)), { recursive: true });
    writeFileSync(join(root, f.path), f.text);
  }
  for (const [file, text] of edited) writeFileSync(join(root, file), text);
  // The Rust as `make lint` wants it (its line breaks depend on the names' lengths).
  const rust = created.map((f) => f.path).filter((p) => p.endsWith(".rs"));
  const formatted = run(root, "leptosfmt", ["--quiet", ...rust.filter((p) => p.startsWith("src/"))]) && run(root, "rustfmt", ["--edition", "2021", ...rust]);
  // The generated contract, from the new widget.toml.
  const generated = GENERATORS.every((g) => run(root, "cargo", ["run", "-q", "-p", "explainers-compiler", "--bin", g.bin, "--", root]));
  console.log(`new-widget: <${tag}>: created ${created.length} files, edited ${edited.size}${generated ? `, regenerated ${GENERATORS.length}` : ""}.\n`);
  console.log(checklist(n));
  if (!formatted) fail("the new Rust files are not formatted: run `leptosfmt src && cargo fmt --all`");
  if (!generated) fail("the generated files are not up to date: run the `generated:` commands above once the error is fixed");
}

const opts = args(process.argv.slice(2));
if (!existsSync(join(opts.root, "Cargo.toml"))) fail(`${opts.root} is not the repository (no Cargo.toml)`);
if (opts.architecture) architecture(opts.root, opts.check);
else scaffold(opts.root, opts.tags[0]);
