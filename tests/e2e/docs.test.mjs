// The documentation's shape (issue 23): the README stays readable from the door (at most
// 150 lines: what it is, the pinned snippet, the four elements, the two commands, links;
// the rest is in docs/ and CONTRIBUTING.md), and no relative link in the README,
// CONTRIBUTING.md, CHANGELOG.md, ARCHITECTURE.md or docs/**/*.md points at a file, or a
// heading, that is not there (moving a section breaks the links to it, and nothing else
// would notice).
// Run: node --test tests/e2e/docs.test.mjs (no build needed).

import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, normalize } from "node:path";

export const README_MAX_LINES = 150;

/** The Markdown files whose links are checked, relative to the repository. */
function documents() {
  const docs = ["README.md", "CONTRIBUTING.md", "CHANGELOG.md", "ARCHITECTURE.md"];
  for (const f of readdirSync("docs", { recursive: true }).sort()) if (f.endsWith(".md")) docs.push(join("docs", f));
  return docs;
}

/** `text` without fenced code blocks and inline code spans (links there are examples). */
function prose(text) {
  return text
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, "")
    .replace(/(`+)[\s\S]*?\1/g, "");
}

/** Every link target in `text`: inline links and images, and reference definitions. */
export function linkTargets(text) {
  const body = prose(text);
  const targets = [];
  for (const m of body.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) targets.push(m[1]);
  for (const m of body.matchAll(/^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm)) targets.push(m[1]);
  for (const m of body.matchAll(/<(?:a|img)\s[^>]*?(?:href|src)="([^"]+)"/g)) targets.push(m[1]);
  return targets;
}

/** GitHub's anchor for a heading's text: lower case, punctuation dropped, spaces as hyphens. */
export function slug(heading) {
  const text = heading
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/<[^>]+>/g, (tag) => (/^<[a-z]+-[a-z-]+>$/.test(tag) ? tag : ""))
    .replace(/[`*_]/g, "");
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, "")
    .replace(/ /g, "-");
}

/** The anchors a Markdown file offers: its headings' slugs (repeats numbered) and HTML ids. */
function anchors(path) {
  const text = readFileSync(path, "utf8");
  const seen = new Map();
  const out = new Set();
  const headings = text.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, "").matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm);
  for (const [, heading] of headings) {
    const base = slug(heading);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.add(n === 0 ? base : `${base}-${n}`);
  }
  for (const m of text.matchAll(/<a\s[^>]*?(?:id|name)="([^"]+)"/g)) out.add(m[1]);
  return out;
}

/** Why the link `target` in the document `from` does not resolve, or null. */
function broken(from, target) {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith("//")) return null; // absolute
  const [pathPart, fragment] = target.split("#", 2);
  const path = pathPart === "" ? from : normalize(join(dirname(from), decodeURIComponent(pathPart)));
  if (path.startsWith("..")) return `${target}: outside the repository`;
  if (!existsSync(path)) return `${target}: no such file (${path})`;
  if (fragment && path.endsWith(".md") && statSync(path).isFile() && !anchors(path).has(decodeURIComponent(fragment))) {
    return `${target}: ${path} has no heading for #${fragment}`;
  }
  return null;
}

test("the README is at most 150 lines; the rest is in docs/ and CONTRIBUTING.md", () => {
  const lines = readFileSync("README.md", "utf8").trimEnd().split("\n").length;
  assert.ok(lines <= README_MAX_LINES, `README.md has ${lines} lines (at most ${README_MAX_LINES}): move the detail into docs/`);
  for (const doc of ["CONTRIBUTING.md", "docs/api.md", "docs/testing.md", "docs/performance.md", "docs/teaching-page.md", "docs/embedding/README.md"]) {
    assert.ok(existsSync(doc), `${doc} is missing`);
  }
});

test("every relative link in README.md, CONTRIBUTING.md, CHANGELOG.md, ARCHITECTURE.md and docs/**/*.md resolves", () => {
  const problems = [];
  let checked = 0;
  for (const doc of documents()) {
    for (const target of linkTargets(readFileSync(doc, "utf8"))) {
      checked++;
      const why = broken(doc, target);
      if (why) problems.push(`${doc}: ${why}`);
    }
  }
  assert.ok(checked > 50, `links checked: ${checked}`);
  assert.deepEqual(problems, [], "broken links");
});

test("the link checker sees links, skips code, and knows GitHub's heading anchors", () => {
  assert.deepEqual(linkTargets("a [x](b.md#c) ![i](p.png) `[no](code.md)`\n```\n[no](fence.md)\n```\n[r]: ref.md\n"), ["b.md#c", "p.png", "ref.md"]);
  assert.equal(slug("Delivery: a page pays only for what it shows"), "delivery-a-page-pays-only-for-what-it-shows");
  assert.equal(slug("`<glossary-term>`"), "glossary-term");
  assert.equal(slug("4. Pasting a link: link cards and oEmbed"), "4-pasting-a-link-link-cards-and-oembed");
  assert.equal(slug("The deterrence-versus-reassurance slider"), "the-deterrence-versus-reassurance-slider");
  assert.match(broken("README.md", "docs/api.md#no-such-heading") ?? "", /no heading for #no-such-heading/);
  assert.match(broken("README.md", "docs/nothing.md") ?? "", /no such file/);
  assert.equal(broken("README.md", "docs/api.md#reference"), null);
});
