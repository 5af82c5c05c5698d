#!/usr/bin/env node
// npx east-asia-explainers check my-terms.json [more.json …]
//
// Checks an author's glossary file (for <glossary-scope src="…">) with the same
// validator the project's build runs on its own glossary (the glossary-format crate,
// compiled to WebAssembly in check/). Prints each problem as
//   my-terms.json: entry "x": field "definition_en": …
// and exits 1 when there is any, or prints a one-line summary per file and exits 0.
// The format: schema/glossary.schema.json, and the README's "Your own terms".

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const USAGE = "usage: npx east-asia-explainers check FILE.json [FILE.json …]";
const [command, ...files] = process.argv.slice(2);
if (command !== "check" || files.length === 0) {
  console.error(USAGE);
  process.exit(2);
}

const require = createRequire(import.meta.url);
let check;
try {
  ({ check } = require("./check/glossary_check.js"));
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

const ids = builtInIds();
let failed = false;
for (const file of files) {
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (err) {
    console.log(`${file}: cannot read the file (${err.code ?? err.message})`);
    failed = true;
    continue;
  }
  const report = check(file, text, ids);
  const { entries, problems } = report;
  report.free();
  if (problems.length) {
    for (const p of problems) console.log(p);
    failed = true;
  } else {
    console.log(`${file}: ${entries} ${entries === 1 ? "entry" : "entries"}, no problems`);
  }
}
process.exit(failed ? 1 : 0);
