#!/usr/bin/env node
// Prints a seed document with the paragraph numbers that claims cite (`seed-004 ¶12`):
// a paragraph is a non-empty line of the seed file. `node scripts/seed-paragraphs.mjs
// seed-004` prints all of it; `… seed-004 12 14` prints paragraphs 12 to 14. The seeds
// are read from ../shared/seeds/ (or EXPLAINERS_SEEDS); their file names are in
// widgets/sources.toml.
import { readFileSync, readdirSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const seeds = process.env.EXPLAINERS_SEEDS || join(root, "..", "shared", "seeds");
const [id, from, to] = process.argv.slice(2);
const m = /^seed-(\d{3})$/.exec(id || "");
if (!m) {
  console.error("usage: node scripts/seed-paragraphs.mjs seed-NNN [FROM [TO]]");
  process.exit(2);
}
const file = readdirSync(seeds).find((f) => f.startsWith(`${m[1]}_`));
if (!file) {
  console.error(`no seed file ${m[1]}_*.txt in ${seeds}`);
  process.exit(1);
}
const paras = readFileSync(join(seeds, file), "utf8").split("\n").filter((l) => l.trim());
const a = Number(from || 1);
const b = Number(to || from || paras.length);
for (let n = a; n <= Math.min(b, paras.length); n++) console.log(`¶${n} ${paras[n - 1]}`);
