// End to end: the link cards (scripts/linkcards.mjs, the last step of `make build`). A
// copy of the built dist/ is served on 127.0.0.1 and the cards are written into it with
// that address as the public URL, as `make build PUBLIC_URL=…` does for a real host.
// Then, as a scraper would (plain HTTP, no script): each language's page and each
// widget's embed page carry their meta in their language, from the page's own words;
// og:image is a 1200×630 PNG; the oEmbed files hold the iframe the page's own "Embed
// this" panel gives. And as a reader would (headless Chromium): each page opens in its
// language with its widgets mounted.
//
//   make build && node --test tests/e2e/linkcards.test.mjs

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { cp, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve } from "../../scripts/serve.mjs";
import { parsePublicUrl } from "../../scripts/linkcards/public-url.mjs";
import { STABLE_FILES } from "../../scripts/linkcards/pages.mjs";
import { launch, watch } from "./browser.mjs";

const WIDGETS = { "deterrence-slider": "slider", "hotspot-map": "map" };
let scratch, site, browser, data, summary;

const linkcards = (dist, ...args) => spawnSync("node", ["scripts/linkcards.mjs", dist, ...args], { encoding: "utf8" });

before(async () => {
  scratch = await mkdtemp(join(tmpdir(), "linkcards-"));
  await cp("dist", join(scratch, "plain"), { recursive: true });
  await cp("dist", join(scratch, "dist"), { recursive: true });
  site = await serve(join(scratch, "dist"));
  const run = linkcards(join(scratch, "dist"), "--public-url", site.url);
  assert.equal(run.status, 0, run.stderr);
  summary = run.stdout;
  const page = await readFile(join(scratch, "dist", "index.html"), "utf8");
  data = JSON.parse(/id="page-data">([\s\S]*?)<\/script>/.exec(page)[1]);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await site?.close();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

/** A page's head as a scraper reads it: meta by property or name, links by rel (and hreflang or type). */
function head(html) {
  const attrs = (tag) => Object.fromEntries([...tag.matchAll(/([\w:-]+)="([^"]*)"/g)].map((m) => [m[1], unescape(m[2])]));
  const unescape = (s) => s.replaceAll("&quot;", '"').replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&amp;", "&");
  const meta = {};
  for (const [tag] of html.matchAll(/<meta\s[^>]*>/g)) {
    const a = attrs(tag);
    const key = a.property ?? a.name;
    if (key) (meta[key] ??= []).push(a.content);
  }
  const links = [...html.matchAll(/<link\s[^>]*>/g)].map(([tag]) => attrs(tag));
  return {
    meta: (key) => meta[key] ?? [],
    one: (key) => {
      assert.equal(meta[key]?.length, 1, `one ${key}`);
      return meta[key][0];
    },
    links,
    title: unescape(/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? ""),
    lang: /<html lang="([^"]*)"/.exec(html)?.[1],
  };
}

async function get(url) {
  const res = await fetch(url);
  assert.equal(res.status, 200, url);
  return res;
}

/** Width and height from a PNG's IHDR chunk, or null when the bytes are no PNG. */
function pngSize(bytes) {
  if (bytes.subarray(0, 8).toString("hex") !== "89504e470d0a1a0a" || bytes.subarray(12, 16).toString("latin1") !== "IHDR") return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Every relative src and href of a page resolves to a file that is served. */
async function assetsResolve(pageUrl, html) {
  const urls = [...html.matchAll(/\s(?:src|href)="([^"#][^"]*)"/g)].map((m) => m[1]).filter((u) => !/^[a-z][a-z0-9+.-]*:/i.test(u));
  assert.ok(urls.length >= 4, `${pageUrl}: its scripts and stylesheet`);
  for (const u of urls) await get(new URL(u, pageUrl).href);
}

test("the public URL is checked: https ending in /, or http on 127.0.0.1; no query, fragment or credentials", () => {
  assert.equal(parsePublicUrl(undefined), null);
  assert.equal(parsePublicUrl("  "), null);
  assert.equal(parsePublicUrl("https://example.org/explainers/"), "https://example.org/explainers/");
  assert.equal(parsePublicUrl("http://127.0.0.1:8080/"), "http://127.0.0.1:8080/");
  for (const [bad, why] of [
    ["https://example.org/explainers", /end with \//],
    ["http://example.org/", /https/],
    ["http://localhost:8080/", /https/],
    ["ftp://example.org/", /https/],
    ["https://example.org/?v=1/", /query/],
    ["https://example.org/#top/", /fragment/],
    ["https://user:pw@example.org/", /user name or password/],
    ["example.org/", /absolute URL/],
  ]) {
    const r = parsePublicUrl(bad);
    assert.ok(r instanceof Error, bad);
    assert.match(r.message, why, bad);
  }
  // The build step stops on a bad one, naming it, before it writes anything.
  const run = linkcards(join(scratch, "plain"), "--public-url", "http://example.org/x");
  assert.equal(run.status, 2);
  assert.match(run.stderr, /PUBLIC_URL="http:\/\/example\.org\/x": must be https/);
});

test("without a public URL: the pages in each language are written with their text, nothing absolute, and one notice", async () => {
  const dist = join(scratch, "plain");
  const run = linkcards(dist);
  assert.equal(run.status, 0, run.stderr);
  assert.equal(run.stdout.match(/notice/g)?.length, 1, run.stdout);
  assert.match(run.stdout, /no PUBLIC_URL/);
  for (const lang of data.langs) {
    const h = head(await readFile(join(dist, lang, "index.html"), "utf8"));
    assert.equal(h.title, data.text.title[lang]);
    assert.equal(h.one("og:title"), data.text.title[lang]);
    assert.equal(h.one("og:description"), data.text.description[lang]);
    for (const key of ["og:url", "og:image", "twitter:card"]) assert.deepEqual(h.meta(key), [], `${lang}: no ${key}`);
    assert.deepEqual(h.links.filter((l) => l.rel === "canonical" || l.hreflang || l.type), [], `${lang}: no canonical, hreflang or oEmbed link`);
    const block = /<!-- page-head:start -->([\s\S]*?)<!-- page-head:end -->/.exec(await readFile(join(dist, lang, "index.html"), "utf8"))[1];
    assert.doesNotMatch(block, /https?:|og:image/, `${lang}: no address in the head's block`);
  }
  const files = execFileSync("find", [dist, "-name", "*.png", "-o", "-name", "oembed.json"], { encoding: "utf8" });
  assert.equal(files, "", "no card image or oEmbed file without a public URL");
});

test("each language's page carries its card: meta in its language from the page's words, the image a 1200×630 PNG", async () => {
  const images = new Set();
  for (const lang of data.langs) {
    const url = `${site.url}${lang}/`;
    const res = await get(url);
    assert.match(res.headers.get("content-type"), /text\/html/);
    const html = await res.text();
    const h = head(html);
    const [other] = data.langs.filter((l) => l !== lang);
    const locale = { ja: "ja_JP", en: "en_US" };
    assert.equal(h.lang, lang);
    assert.equal(h.title, data.text.title[lang]);
    assert.equal(h.one("description"), data.text.description[lang]);
    assert.equal(h.one("og:title"), data.text.title[lang]);
    assert.equal(h.one("og:description"), data.text.description[lang]);
    assert.equal(h.one("og:type"), "website");
    assert.equal(h.one("og:site_name"), "east-asia-explainers");
    assert.equal(h.one("og:url"), url);
    assert.equal(h.one("og:locale"), locale[lang]);
    assert.deepEqual(h.meta("og:locale:alternate"), [locale[other]]);
    assert.equal(h.one("twitter:card"), "summary_large_image");
    assert.equal(h.one("og:image:width"), "1200");
    assert.equal(h.one("og:image:height"), "630");
    assert.equal(h.one("og:image:type"), "image/png");
    assert.equal(h.one("og:image:alt"), data.text.title[lang]);
    assert.deepEqual(h.links.filter((l) => l.rel === "canonical").map((l) => l.href), [url]);
    const alternates = Object.fromEntries(h.links.filter((l) => l.hreflang).map((l) => [l.hreflang, l.href]));
    assert.deepEqual(alternates, { ja: `${site.url}ja/`, en: `${site.url}en/`, "x-default": site.url });
    // The image, fetched as a scraper does: a PNG of the size the meta states, one per language.
    const image = h.one("og:image");
    assert.ok(image.startsWith(`${site.url}${lang}/card.`), image);
    const png = await get(image);
    assert.equal(png.headers.get("content-type"), "image/png");
    const bytes = Buffer.from(await png.arrayBuffer());
    assert.deepEqual(pngSize(bytes), { width: 1200, height: 630 });
    assert.ok(bytes.length > 10_000 && bytes.length < 300_000, `${image}: ${bytes.length} B`);
    images.add(image);
    await assetsResolve(url, html);
  }
  assert.equal(images.size, data.langs.length, "each language has its own image");
  assert.match(summary, /cards ja\/card\.[0-9a-f]+\.png \(\d+ B\), en\/card\.[0-9a-f]+\.png \(\d+ B\)/);

  // The page itself: both languages in its title, the first language's card, the links to each.
  const h = head(await (await get(site.url)).text());
  assert.equal(h.title, `${data.text.title.ja} / ${data.text.title.en}`);
  assert.equal(h.one("og:url"), site.url);
  assert.equal(h.one("og:image"), head(await (await get(`${site.url}ja/`)).text()).one("og:image"));
  assert.deepEqual(h.links.filter((l) => l.hreflang).map((l) => l.hreflang), ["ja", "en", "x-default"]);
});

test("every file the link cards add has a content hash or is one of their stable pages", async () => {
  const files = execFileSync("find", [".", "-type", "f"], { cwd: join(scratch, "dist"), encoding: "utf8" })
    .split("\n")
    .map((f) => f.replace(/^\.\//, ""))
    .filter((f) => /^(ja|en)\//.test(f));
  assert.ok(files.length >= 10, files.join(" "));
  for (const f of files) assert.ok(STABLE_FILES.test(f) || /^(ja|en)\/card\.[0-9a-f]{10}\.png$/.test(f), f);
});

test("each widget's embed page: its card, and the oEmbed file it names holds the iframe the page's Embed panel gives", async () => {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  for (const lang of data.langs) {
    for (const [kind, key] of Object.entries(WIDGETS)) {
      const url = `${site.url}${lang}/${kind}/`;
      const html = await (await get(url)).text();
      const h = head(html);
      assert.equal(h.lang, lang);
      assert.equal(h.one("og:title"), data.text[`${key}_title`][lang]);
      assert.equal(h.one("og:description"), data.text[`${key}_source`][lang]);
      assert.equal(h.one("og:url"), url);
      assert.equal(h.one("og:image"), head(await (await get(`${site.url}${lang}/`)).text()).one("og:image"));
      const discovery = h.links.filter((l) => l.type === "application/json+oembed");
      assert.equal(discovery.length, 1, `${url}: one oEmbed link`);
      assert.equal(discovery[0].href, `${url}oembed.json`);
      assert.equal(discovery[0].title, data.text[`${key}_title`][lang]);
      await assetsResolve(url, html);

      const res = await get(discovery[0].href);
      assert.match(res.headers.get("content-type"), /application\/json/);
      const o = await res.json();
      assert.equal(o.version, "1.0");
      assert.equal(o.type, "rich");
      assert.equal(o.title, data.text[`${key}_title`][lang]);
      assert.equal(o.provider_name, "east-asia-explainers");
      assert.equal(o.provider_url, site.url);
      assert.ok(Number.isInteger(o.width) && Number.isInteger(o.height), "width and height in px");
      assert.equal(o.thumbnail_url, h.one("og:image"));
      assert.deepEqual([o.thumbnail_width, o.thumbnail_height], [1200, 630]);
      const iframe = /^<iframe src="([^"]+)" title="([^"]+)" width="100%" height="(\d+)" loading="lazy" style="border:0"><\/iframe>$/.exec(o.html);
      assert.ok(iframe, o.html);
      assert.equal(Number(iframe[3]), o.height);
      const src = iframe[1].replaceAll("&amp;", "&");
      assert.ok(src.startsWith(`${site.url}${lang}/?embed=${kind}&lang=${lang}`), src);

      // The same code as the Embed panel of the page in this language shows, first line.
      const page = await ctx.newPage();
      await page.goto(`${site.url}${lang}/`);
      const code = await page.locator(`.embed-panel[data-embed-for="${kind}"] code[data-snippet="iframe"]`).textContent();
      assert.equal(code.split("\n")[0], o.html);
      // And the iframe's address shows that widget, mounted, in this language.
      const log = watch(page);
      await page.goto(src);
      await page.waitForSelector(`#embed ${kind}[data-ready]`);
      assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
      assert.deepEqual(log.errors, []);
      await page.close();
    }
  }
  await ctx.close();
});

test("each language's page opens in its language with its widgets mounted, whatever language was remembered", async () => {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  for (const lang of data.langs) {
    const [other] = data.langs.filter((l) => l !== lang);
    // The reader last chose the other language (remembered in localStorage).
    const page = await ctx.newPage();
    const log = watch(page);
    await page.goto(`${site.url}${other}/`);
    await page.click(`[data-set-lang="${other}"]`);
    await page.goto(`${site.url}${lang}/`);
    assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
    assert.equal(await page.title(), data.text.title[lang]);
    assert.equal((await page.locator(`h1 .t[lang="${lang}"]`).innerText()).trim(), data.text.title[lang]);
    assert.equal(await page.locator(`h1 .t[lang="${other}"]`).isVisible(), false);
    for (const tag of ["deterrence-slider", "hotspot-map"]) {
      await page.locator(tag).scrollIntoViewIfNeeded();
      await page.waitForSelector(`${tag}[data-ready]`);
    }
    await page.waitForSelector(`main .t[lang="${lang}"] glossary-term[data-ready]`);
    // A link copied here is this language's page, so its card is in this language.
    await page.waitForFunction((u) => document.getElementById("print-url").textContent.startsWith(u), `${site.url}${lang}/#lang=${lang}&value=50`);
    // Switched to the other language, the link is the other language's page.
    await page.click(`[data-set-lang="${other}"]`);
    await page.waitForFunction((u) => document.getElementById("print-url").textContent.startsWith(u), `${site.url}${other}/#lang=${other}`);
    assert.deepEqual(log.errors, []);
    assert.deepEqual(log.warnings, []);
    await page.close();

    // Each widget's embed page: embed mode for that widget in this language, its link back
    // to the full page in this language.
    for (const kind of Object.keys(WIDGETS)) {
      const embed = await ctx.newPage();
      const elog = watch(embed);
      await embed.goto(`${site.url}${lang}/${kind}/`);
      await embed.waitForSelector(`#embed ${kind}[data-ready]`);
      assert.equal(await embed.evaluate(() => document.documentElement.lang), lang);
      assert.equal(await embed.locator("main#main").count(), 0, "the lesson is gone");
      assert.ok((await embed.locator(".embed-source a").getAttribute("href")).startsWith(`${site.url}${lang}/#lang=${lang}`));
      assert.deepEqual(elog.errors, []);
      await embed.close();
    }
  }
  await ctx.close();
});
