// The release step's loader integrity (issue 24; scripts/release-integrity.mjs): the
// pinned script tags carry the recorded SHA-384 of their version's loader, and packing
// refuses a loader that is not the one recorded.
// Run: node --test tests/e2e/release.test.mjs

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { checkTags, packProblems, readRecord } from "../../scripts/release-integrity.mjs";
import { crateVersion, pinnedDocs } from "../../scripts/sync-version.mjs";
import { integrity } from "../../scripts/hashed.mjs";

const loader = Buffer.from("export const x = 1;\n");
const record = { "9.9.9": integrity(loader) };
const url = "https://cdn.jsdelivr.net/npm/east-asia-explainers@9.9.9/dist/explainers.js";

test("packing refuses a loader that is not the one recorded for its version, and an unrecorded version", () => {
  assert.deepEqual(packProblems("9.9.9", record, loader), []);
  assert.match(packProblems("9.9.9", record, Buffer.from("export const x = 2;\n"))[0], /is not the loader released as 9\.9\.9/);
  assert.match(packProblems("9.9.10", record, loader)[0], /no integrity is recorded for 9\.9\.10/);
});

test("a pinned tag without its version's integrity, or with another, is a problem; --write gives it the recorded one", () => {
  const bare = `<script type="module" src="${url}"></script>`;
  const { problems, fixed } = checkTags(`a\n${bare}\n`, "doc.md", record);
  assert.match(problems[0], /^doc\.md:2: the loader tag's integrity is not the one recorded for 9\.9\.9/);
  assert.equal(fixed, `a\n<script type="module" src="${url}" integrity="${record["9.9.9"]}" crossorigin="anonymous"></script>\n`);
  assert.deepEqual(checkTags(fixed, "doc.md", record).problems, []);
  const other = fixed.replace(record["9.9.9"], integrity(Buffer.from("x")));
  assert.equal(checkTags(other, "doc.md", record).problems.length, 1);
});

test("every pinned loader tag in the documentation carries the recorded integrity of this version", () => {
  const all = readRecord(".");
  assert.ok(all[crateVersion()], `release/loader-integrity.json: no entry for ${crateVersion()}`);
  let tags = 0;
  for (const rel of pinnedDocs()) {
    const text = readFileSync(rel, "utf8");
    tags += (text.match(/<script(?: is:inline)? type="module" src="https:\/\/cdn\.jsdelivr\.net\/npm\/east-asia-explainers@/g) ?? []).length;
    assert.deepEqual(checkTags(text, rel, all).problems, []);
  }
  assert.ok(tags >= 5, `pinned loader tags found: ${tags}`);
});
