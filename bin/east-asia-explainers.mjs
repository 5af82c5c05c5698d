#!/usr/bin/env node
// npx east-asia-explainers check my-terms.json [more.json …]
// npx east-asia-explainers copy public/explainers   (copy.mjs: the bundle's files for an
//                                                    app that bundles the loader)
//
// Checks an author's glossary file (for <glossary-scope src="…">) with the same
// validator the project's build runs on its own glossary (the glossary-format crate,
// compiled to WebAssembly in check/). Prints each problem as
//   my-terms.json: entry "x": field "definition_en": …
// and exits 1 when there is any, or prints a one-line summary per file and exits 0.
// The format: schema/glossary.schema.json, and docs/embedding/own-terms.md.

import { readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";

const USAGE = `usage: npx east-asia-explainers check FILE.json [FILE.json …]
       npx east-asia-explainers copy FOLDER [--page] [--force]`;
const [command, ...files] = process.argv.slice(2);
if (command === "copy") {
  const { copy } = await import("./copy.mjs");
  process.exit(copy(files));
}
if (command !== "check" || files.length === 0) {
  console.error(USAGE);
  process.exit(2);
}

const require = createRequire(import.meta.url);
let check, maxFileBytes;
try {
  ({ check, maxFileBytes } = require("./check/glossary_check.js"));
} catch (err) {
  console.error(`east-asia-explainers: the validator is missing (${err.message}); in the source tree, run \`make build\` first.`);
  process.exit(2);
}

// The built-in glossary's ids (an author's `related` may name them), from the bundle's
// manifest beside this folder.
function builtInIds() {
  try {
    return JSON.parse(readFileSync(new URL("../dist/manifest.json", import.meta.url), "utf8")).terms?.ids ?? [];
  } catch {
    return [];
  }
}

// What the terminal shows of a hostile file: control characters (which could move the
// cursor, clear the screen or set the title) and bidirectional overrides (which could
// reorder what is read) as \u{…} escapes (issue 24).
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const safe = (s) => String(s).replace(UNSAFE, (c) => `\\u{${c.codePointAt(0).toString(16)}}`).replaceAll("\n", "\\n").replaceAll("\t", "\\t");
const say = (line) => console.log(safe(line));

const ids = builtInIds();
const max = maxFileBytes();
let failed = false;
for (const file of files) {
  let text;
  try {
    // A file larger than the widgets read is not read here either.
    const size = statSync(file).size;
    if (size > max) {
      say(`${file}: ${size} bytes, larger than the ${max / 1024} KB the widgets read`);
      failed = true;
      continue;
    }
    text = readFileSync(file, "utf8");
  } catch (err) {
    say(`${file}: cannot read the file (${err.code ?? err.message})`);
    failed = true;
    continue;
  }
  const report = check(file, text, ids);
  const { entries, problems } = report;
  report.free();
  if (problems.length) {
    for (const p of problems) say(p);
    failed = true;
  } else {
    say(`${file}: ${entries} ${entries === 1 ? "entry" : "entries"}, no problems`);
  }
}
process.exit(failed ? 1 : 0);
