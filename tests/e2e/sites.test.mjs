// The Hugo and Jekyll guides, for real: tiny sites (tests/sites/hugo, tests/sites/jekyll)
// whose partial, shortcodes and includes are the guides' snippets (checked here), built
// with Debian's `hugo` (with --minify, as most Hugo deploy guides do) and `jekyll`
// (kramdown), then served with the bundle beside them (self-hosted under /explainers/)
// and driven in Chromium. `make test` installs both (EXPLAINERS_SITES=1 scripts/setup.sh);
// run after `make build`: node --test tests/e2e/sites.test.mjs

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { serve } from "../../scripts/serve.mjs";
import { launch, watch } from "./browser.mjs";
import { recordEvents, openTermWithKeyboard, slideToEnd } from "./drive.mjs";

const BUNDLE_URL = "/explainers/explainers.js";
let scratch, browser;
const built = {};
const servers = [];

function tool(cmd, args) {
  try {
    return execFileSync(cmd, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  } catch (err) {
    if (err.code === "ENOENT") {
      throw new Error(`${cmd} is not installed: run \`EXPLAINERS_SITES=1 scripts/setup.sh\` (Debian's hugo and jekyll), or \`make test\`, which does`);
    }
    throw new Error(`${cmd} ${args.join(" ")} failed:\n${err.stdout}\n${err.stderr}`);
  }
}

function filesUnder(dir) {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? filesUnder(join(dir, n)) : [join(dir, n)]));
}

// A site: copied (the tools write caches into their source folder), built with its
// explainers_url pointing at the bundle copied beside it, and served.
async function buildSite(name) {
  const src = join(scratch, name);
  cpSync(join("tests/sites", name), src, { recursive: true });
  const out = join(scratch, `${name}-out`);
  if (name === "hugo") {
    writeFileSync(join(scratch, "hugo-override.toml"), `[params]\nexplainers_url = "${BUNDLE_URL}"\n`);
    built.hugoVersion = tool("hugo", ["version"]).trim();
    tool("hugo", ["--minify", "--quiet", "-s", src, "-d", out, "--config", `${join(src, "config.toml")},${join(scratch, "hugo-override.toml")}`]);
  } else {
    writeFileSync(join(scratch, "jekyll-override.yml"), `explainers_url: ${BUNDLE_URL}\n`);
    built.jekyllVersion = tool("jekyll", ["--version"]).trim();
    tool("jekyll", ["build", "--quiet", "-s", src, "-d", out, "--config", `${join(src, "_config.yml")},${join(scratch, "jekyll-override.yml")}`]);
  }
  cpSync("dist", join(out, "explainers"), { recursive: true });
  const server = await serve(out);
  servers.push(server);
  return { out, url: server.url };
}

before(async () => {
  scratch = mkdtempSync(join(tmpdir(), "sites-"));
  built.hugo = await buildSite("hugo");
  built.jekyll = await buildSite("jekyll");
  browser = await launch();
});

after(async () => {
  await browser?.close();
  for (const s of servers) await s.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

// Every code block of a guide, for the "the site uses the guide's snippet" checks.
function codeBlocks(guide) {
  return [...readFileSync(guide, "utf8").matchAll(/^```[\w-]*\n([\s\S]*?)^```$/gm)].map((m) => m[1]);
}

function assertSnippetsFromGuide(site, dirs, guide, post) {
  const blocks = codeBlocks(guide);
  // The guide's "In a post" example is in the site's post, verbatim.
  const article = readFileSync(join("tests/sites", site, post), "utf8");
  assert.ok(
    blocks.some((b) => b.includes("glossary-term") && article.includes(b)),
    `${guide}: no code block with a glossary-term is, verbatim, in tests/sites/${site}/${post}`,
  );
  for (const dir of dirs) {
    for (const file of filesUnder(join("tests/sites", site, dir))) {
      const text = readFileSync(file, "utf8");
      assert.ok(
        blocks.some((b) => b.includes(text)),
        `${file} is not, verbatim, a code block of ${guide}: the test builds what the guide says`,
      );
    }
  }
}

// An element's opening tag in built HTML, its attributes as an object (minified HTML may
// drop the quotes).
function openingTags(html, tag) {
  return [...html.matchAll(new RegExp(`<${tag}((?:\\s+[\\w-]+(?:=(?:"[^"]*"|'[^']*'|[^\\s>]+))?)*)\\s*>`, "g"))].map((m) =>
    Object.fromEntries([...m[1].matchAll(/([\w-]+)(?:=("[^"]*"|'[^']*'|[^\s>]+))?/g)].map(([, k, v]) => [k, v === undefined ? true : v.replace(/^["']|["']$/g, "")])),
  );
}

test("Hugo: the guide's partial and shortcodes, built with --minify, keep every element and attribute", () => {
  assertSnippetsFromGuide("hugo", ["layouts/partials", "layouts/shortcodes"], "docs/embedding/hugo.md", "content/article.md");
  const html = readFileSync(join(built.hugo.out, "article/index.html"), "utf8");
  assert.deepEqual(openingTags(html, "script").filter((a) => a.src === BUNDLE_URL), [{ type: "module", src: BUNDLE_URL }], "one script tag");
  assert.deepEqual(openingTags(html, "glossary-term"), [{ term: "reassurance" }]);
  assert.match(html, /<glossary-term[^>]*>reassurance<\/glossary-term> as well/);
  assert.deepEqual(openingTags(html, "deterrence-slider"), [{ lang: "en", value: "40" }]);
  assert.deepEqual(openingTags(html, "hotspot-map"), [{ lang: "en", hotspot: "taiwan" }]);
  assert.deepEqual(openingTags(html, "glossary-scope"), [{ lang: "en" }]);
  assert.match(html, /<glossary-scope[^>]*><p><strong>Deterrence<\/strong>[^<]*<a href=[^>]+>the brief<\/a>/, "Markdown inside the scope is rendered");
  // Why the map's attribute is `hotspot`: the minifier keeps `selected` but not its
  // value (a boolean attribute in HTML), and leaves `hotspot` alone.
  const minified = readFileSync(join(built.hugo.out, "minifier/index.html"), "utf8");
  assert.deepEqual(
    openingTags(minified, "hotspot-map"),
    [{ lang: "en", selected: true }, { lang: "en", hotspot: "east-china-sea" }],
    `${built.hugoVersion}: hugo --minify no longer drops selected's value? Update docs/embedding/hugo.md`,
  );
  // The guide's other claims: a self-closed shortcode works; the {{% %}} form loses the element.
  const forms = readFileSync(join(built.hugo.out, "forms/index.html"), "utf8");
  assert.deepEqual(openingTags(forms, "deterrence-slider"), [{ value: "40" }]);
  assert.doesNotMatch(forms, /glossary-scope|Dropped/);
});

test("Jekyll: the guide's includes keep every element and attribute; markdown=\"block\" renders, markdown=\"1\" does not", () => {
  assertSnippetsFromGuide("jekyll", ["_includes"], "docs/embedding/jekyll.md", "article.md");
  const html = readFileSync(join(built.jekyll.out, "article.html"), "utf8");
  assert.deepEqual(openingTags(html, "script").filter((a) => a.src === BUNDLE_URL), [{ type: "module", src: BUNDLE_URL }]);
  assert.deepEqual(openingTags(html, "glossary-term"), [{ term: "reassurance" }]);
  assert.match(html, /<glossary-term[^>]*>reassurance<\/glossary-term> as well/);
  assert.deepEqual(openingTags(html, "deterrence-slider"), [{ lang: "en", value: "40" }]);
  assert.deepEqual(openingTags(html, "hotspot-map"), [{ lang: "en", hotspot: "taiwan" }]);
  assert.deepEqual(openingTags(html, "glossary-scope"), [{ lang: "en" }, { id: "wrong", lang: "en" }], "kramdown removes the markdown attribute");
  assert.match(html, /<glossary-scope lang="en">\s*<p><strong>Deterrence<\/strong>[^<]*<a href="https:\/\/example.org\/brief">the brief<\/a>/, 'markdown="block" renders Markdown');
  assert.match(html, /<glossary-scope id="wrong" lang="en">\s*\*\*Deterrence\*\*/, `${built.jekyllVersion}: markdown="1" now renders? Update docs/embedding/jekyll.md`);
});

for (const site of ["hugo", "jekyll"]) {
  test(`${site}: served beside the bundle, the term opens its popover and the slider moves`, async () => {
    const page = await browser.newPage();
    const log = watch(page);
    await recordEvents(page);
    const path = site === "hugo" ? "article/" : "article.html";
    await page.goto(built[site].url + path);
    assert.deepEqual(await openTermWithKeyboard(page, "main > p:first-child > glossary-term", "#before"), { term: "reassurance" });
    assert.deepEqual(await slideToEnd(page, "deterrence-slider"), { value: 100, zone: "reassurance-only", risk: 52 });
    await page.locator("hotspot-map").scrollIntoViewIfNeeded();
    await page.waitForSelector("hotspot-map[data-ready]");
    // Both sites (Hugo minified) keep the map's hotspot.
    assert.equal(await page.evaluate(() => document.querySelector("hotspot-map").selected), "taiwan");
    assert.deepEqual(log.errors, []);
    assert.deepEqual(log.consoleErrors, []);
    await page.close();
  });
}

test("the sites' built files name the bundle by a URL the guides document", () => {
  for (const site of ["hugo", "jekyll"]) {
    for (const f of filesUnder(built[site].out).filter((f) => f.endsWith(".html") && !relative(built[site].out, f).startsWith("explainers"))) {
      assert.ok(!readFileSync(f, "utf8").includes("cdn.jsdelivr.net"), `${f}: the override did not apply`);
    }
  }
});
