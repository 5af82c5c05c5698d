// The loader's SHA-384 per released version (issue 24). The release step records it
// (`node scripts/sync-version.mjs --release`, after `make build`) in
// release/loader-integrity.json; the pinned script tags in the documentation carry it
// as `integrity` (with `crossorigin`), so a page that pastes one runs only the loader
// that was released; and packing (`npm pack`'s prepack) fails when the loader to be
// packed is not the one recorded for its version.

import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { integrity } from "./hashed.mjs";

/** The record: `{ "VERSION": "sha384-…" }`, one entry per release. */
export const RECORD = join("release", "loader-integrity.json");

/** A pinned loader tag in the documentation: its URL, version, and integrity if any. */
const TAG = /<script((?: is:inline)?) type="module" src="(https:\/\/cdn\.jsdelivr\.net\/npm\/east-asia-explainers@([^/"]+)\/dist\/explainers\.js)"(?: integrity="([^"]*)" crossorigin="anonymous")?><\/script>/g;

/** The record in `root`, `{}` when there is none yet. */
export function readRecord(root) {
  const path = join(root, RECORD);
  return existsSync(path) ? JSON.parse(readFileSync(path, "utf8")) : {};
}

/** Records `loader` (the built explainers.js's bytes) as `version`'s; returns its SRI. */
export function record(root, version, loader) {
  const all = readRecord(root);
  all[version] = integrity(loader);
  writeFileSync(join(root, RECORD), `${JSON.stringify(all, null, 2)}\n`);
  return all[version];
}

/**
 * The pinned loader tags of `text` (document `rel`) against the record: each problem,
 * and the text with every tag carrying its version's recorded integrity.
 */
export function checkTags(text, rel, all) {
  const problems = [];
  const fixed = text.replace(TAG, (tag, inline, url, version, sri) => {
    const want = all[version];
    const line = text.slice(0, text.indexOf(tag)).split("\n").length;
    if (!want) problems.push(`${rel}:${line}: no integrity is recorded for ${version} (after \`make build\`, run \`node scripts/sync-version.mjs --release\`)`);
    else if (sri !== want) problems.push(`${rel}:${line}: the loader tag's integrity is not the one recorded for ${version} (run \`node scripts/sync-version.mjs --write\`)`);
    return want ? `<script${inline} type="module" src="${url}" integrity="${want}" crossorigin="anonymous"></script>` : tag;
  });
  return { problems, fixed };
}

/** Why the built loader `loader` may not be packed as `version`, if it may not. */
export function packProblems(version, all, loader) {
  const sri = integrity(loader);
  if (!all[version]) return [`dist/explainers.js: no integrity is recorded for ${version}`];
  if (all[version] !== sri) return [`dist/explainers.js: ${sri} is not the loader released as ${version} (${all[version]}); a changed loader is a new version`];
  return [];
}
