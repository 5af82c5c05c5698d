// Authors' own terms (issue 12), end to end: the built dist/ on one origin, host pages
// and their glossary files on another (the files are resolved against the page's URL).
// - an inline term (`definition`, `reading`, `source`) opens by keyboard like a
//   built-in one and shows its text as text; a `javascript:` source is dropped with
//   one warning;
// - <glossary-scope src> marks the file's terms with the built-in ones; an id that
//   collides with a built-in one wins, with one warning;
// - a missing file, a file that is not JSON, and an invalid entry each give one
//   warning, and the built-in terms still open.
// Run after `make build`: node --test tests/e2e/authors.test.mjs

import { test, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pagesAndBrowser } from "./host.mjs";
import { watch } from "./browser.mjs";
import { hold, quiet } from "./wait.mjs";
import { serve } from "../../scripts/serve.mjs";

const head = (b) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><script type="module" src="${b}explainers.js"></script></head>`;
const scopePage = (src) => (b) =>
  `${head(b)}<body><button id="before">before</button><glossary-scope id="scope" src="${src}"><p>The Kantei weighs deterrence and reassurance.</p></glossary-scope></body></html>`;

const TERMS = {
  $schema: "https://cdn.jsdelivr.net/npm/east-asia-explainers/schema/glossary.schema.json",
  terms: [
    {
      id: "kantei",
      ja: "官邸",
      reading: "かんてい",
      en: "Kantei",
      definition_en: "The office of Japan's Prime Minister, <b>not bold</b>.",
      definition_ja: "首相官邸のこと。",
      related: ["deterrence"],
      source: { title: "Prime Minister's Office of Japan", url: "https://japan.kantei.go.jp/", date: "2024" },
    },
    { id: "deterrence", en: "deterrence", ja: "抑止", definition_en: "AUTHOR: the author's own definition of deterrence." },
  ],
};
const INVALID = { terms: [{ id: "x", en: "Kantei", definition_en: 5 }, { id: "deterrent", en: "deterrent", definition_en: "Fine." }] };

// A third origin, neither the page's nor the bundle's, with an author's file (issue 24:
// another origin's file loads only where the page's own script allows it).
const otherDir = await mkdtemp(join(tmpdir(), "other-"));
const other = await serve(otherDir);
after(() => other.close());
const otherOrigin = new URL(other.url).origin;
const configured = (origins) => (b) =>
  `<script type="module">import { configure } from "${b}explainers.js"; configure({ authorOrigins: ${JSON.stringify(origins)} });</script>`;

const env = pagesAndBrowser({
  extra: {
    "authors-inline.html": (b) =>
      `${head(b)}<body><button id="before">before</button>
      <p>The <glossary-term id="inline" term="kantei-office" definition="The Prime Minister's <b>x</b> office." reading="かんてい" source="https://japan.kantei.go.jp/about">Kantei</glossary-term> decides.</p>
      <p><button id="before-bad">b</button> <glossary-term id="bad" term="bad-source" definition="A term whose source is no URL." source="javascript:alert(1)">bad source</glossary-term></p></body></html>`,
    "authors-scope.html": scopePage("authors-terms.json"),
    "authors-scope-outside.html": (b) =>
      scopePage("authors-terms.json")(b).replace("</body>", '<p>Outside: <glossary-term id="outside" term="deterrence">deterrence</glossary-term>.</p></body>'),
    "authors-two-scopes.html": (b) =>
      `${head(b)}<body><glossary-scope id="one" src="authors-terms.json"><p>The Kantei.</p></glossary-scope><glossary-scope id="two" src="authors-terms.json"><p>Deterrence.</p></glossary-scope></body></html>`,
    // A scope and an inline term in a shadow root of the page's own element.
    "authors-shadow.html": (b) =>
      `${head(b)}<body><x-host></x-host><script>
      customElements.define("x-host", class extends HTMLElement {
        constructor() {
          super();
          this.attachShadow({ mode: "open" }).innerHTML = '<glossary-scope id="scope" src="authors-terms.json"><p>The Kantei weighs deterrence and reassurance.</p></glossary-scope>' +
            '<p>The <glossary-term id="inline" term="kantei-office" definition="The office of the Prime Minister.">Kantei</glossary-term> decides.</p>';
        }
      });
      </script></body></html>`,
    "authors-missing.html": scopePage("no-such-file.json"),
    "authors-notjson.html": scopePage("authors-notjson.json"),
    "authors-invalid.html": scopePage("authors-invalid.json"),
    "authors-terms.json": () => JSON.stringify(TERMS),
    "authors-other.html": (b) => scopePage(`${other.url}terms.json`)(b),
    "authors-other-allowed.html": (b) => configured([otherOrigin])(b) + scopePage(`${other.url}terms.json`)(b),
    "authors-notjson.json": () => "{ not json",
    "authors-invalid.json": () => JSON.stringify(INVALID),
    "authors-big.html": scopePage("authors-big.json"),
    // Under the size cap, but hostile (issue 24): an entry related to itself 30,000 times
    // (the related names were looked up by recursion: a stack overflow stopped every
    // widget on the page), and 1,000 entries of 12 forms each (a quadratic merge).
    "authors-hostile.html": (b) =>
      `${head(b)}<body><glossary-scope id="scope" src="authors-hostile.json"><p>Deep water, the Kantei weighs deterrence and reassurance.</p></glossary-scope></body></html>`,
    "authors-hostile.json": () =>
      JSON.stringify({
        terms: [
          { id: "deep", en: "Deep water", definition_en: "Deep.", related: Array(30000).fill("deep") },
          ...Array.from({ length: 999 }, (_, i) => ({ id: `t${i}`, en: `term${i}`, definition_en: "x", match_en: Array.from({ length: 10 }, (_, k) => `f${i}x${k}`) })),
        ],
      }),
    // Over the loader's 512 KB cap: a hostile or mistaken file (issue 24).
    "authors-big.json": () => JSON.stringify({ terms: [{ id: "big", en: "big", definition_en: "x".repeat(600 * 1024) }] }),
  },
});

await writeFile(join(otherDir, "terms.json"), JSON.stringify(TERMS));

async function open(path) {
  const page = await env.browser.newPage();
  const log = watch(page);
  await page.goto(env.pages.host.url + path);
  return { page, log };
}

const popoverOf = (page, sel) => page.locator(`${sel} [data-testid=glossary-popover]`);

/** The URLs `page` requests from now on that `which` picks (a list that grows). */
function requested(page, which) {
  const urls = [];
  page.on("request", (r) => which(r.url()) && urls.push(r.url()));
  return urls;
}

test("an inline author term opens by keyboard and shows its definition, reading and source as text", async () => {
  const { page, log } = await open("authors-inline.html");
  await page.waitForSelector("#inline[data-ready]");
  await page.focus("#before");
  await page.keyboard.press("Tab");
  const popover = popoverOf(page, "#inline");
  await popover.waitFor({ state: "visible" });
  const def = page.locator("#inline [data-testid=glossary-definition]");
  assert.equal(await def.innerText(), "The Prime Minister's <b>x</b> office.");
  assert.equal(await def.locator("b").count(), 0, "no markup from an attribute");
  assert.equal(await page.locator("#inline .gx-card rt").innerText(), "かんてい");
  assert.match(await page.locator("#inline .gx-title").innerText(), /Kantei/);
  const link = page.locator("#inline [data-testid=glossary-source] a");
  assert.equal(await link.getAttribute("href"), "https://japan.kantei.go.jp/about");
  assert.equal(await link.innerText(), "japan.kantei.go.jp");
  // Like a built-in term: Escape closes and returns focus to the word.
  await page.keyboard.press("Escape");
  await popover.waitFor({ state: "hidden" });
  const focused = await page.evaluate(() => document.activeElement?.id + ":" + document.activeElement?.shadowRoot?.activeElement?.dataset.testid);
  assert.equal(focused, "inline:glossary-trigger");
  assert.deepEqual(log.warnings, [], "no unknown-term warning for a term with its own definition");
  assert.deepEqual(log.errors, []);
  await page.close();
});

test("a javascript: source is dropped with one warning naming the element and the value", async () => {
  const { page, log } = await open("authors-inline.html");
  await page.waitForSelector("#bad[data-ready]");
  await page.click("#bad [data-testid=glossary-trigger]");
  await popoverOf(page, "#bad").waitFor({ state: "visible" });
  assert.equal(await page.locator("#bad [data-testid=glossary-definition]").innerText(), "A term whose source is no URL.");
  assert.equal(await page.locator("#bad a[href]").count(), 0, "no link");
  // Opening it again does not warn again.
  await page.keyboard.press("Escape");
  await popoverOf(page, "#bad").waitFor({ state: "hidden" });
  await page.click("#bad [data-testid=glossary-trigger]");
  await popoverOf(page, "#bad").waitFor({ state: "visible" });
  await quiet(page, 200);
  assert.deepEqual(log.warnings, ['<glossary-term>: source="javascript:alert(1)" is not an http(s) URL; the source link is left out.']);
  await page.close();
});

test("<glossary-scope src> marks the author's terms with the built-in ones; a colliding id wins with one warning", async () => {
  const { page, log } = await open("authors-scope.html");
  await page.waitForSelector("#scope[data-terms-marked]");
  assert.equal(await page.getAttribute("#scope", "data-terms-marked"), "3");
  assert.equal(await page.locator("#scope glossary-term[term=kantei][data-glossary-author]").count(), 1);
  assert.equal(await page.locator("#scope glossary-term[term=deterrence][data-glossary-author]").count(), 1);
  assert.equal(await page.locator("#scope glossary-term[term=reassurance]:not([data-glossary-author])").count(), 1);
  // The author's term, by keyboard: its definition as text, its source as a link.
  await page.focus("#before");
  await page.keyboard.press("Tab");
  const kantei = "#scope glossary-term[term=kantei]";
  await popoverOf(page, kantei).waitFor({ state: "visible" });
  assert.equal(await page.locator(`${kantei} [data-testid=glossary-definition]`).innerText(), "The office of Japan's Prime Minister, <b>not bold</b>.");
  assert.equal(await page.locator(`${kantei} [data-testid=glossary-source] a`).getAttribute("href"), "https://japan.kantei.go.jp/");
  assert.equal(await page.locator(`${kantei} [data-testid=glossary-related]`).getAttribute("data-term"), "deterrence");
  await page.keyboard.press("Escape");
  // The colliding id shows the author's entry; the built-in one still opens.
  await page.click("#scope glossary-term[term=deterrence] [data-testid=glossary-trigger]");
  await popoverOf(page, "#scope glossary-term[term=deterrence]").waitFor({ state: "visible" });
  assert.match(await page.locator("#scope glossary-term[term=deterrence] [data-testid=glossary-definition]").innerText(), /^AUTHOR:/);
  await page.click("#scope glossary-term[term=reassurance] [data-testid=glossary-trigger]");
  await popoverOf(page, "#scope glossary-term[term=reassurance]").waitFor({ state: "visible" });
  assert.match(await page.locator("#scope glossary-term[term=reassurance] [data-testid=glossary-definition]").innerText(), /peaceful intent/);
  assert.deepEqual(log.warnings, ['<glossary-scope>: authors-terms.json: inside its scope, its entries replace the built-in ones with the same id: "deterrence".']);
  assert.deepEqual(log.errors, []);
  await page.close();
});

// Regression: a scope's author file was requested only once its variant's code had
// arrived and its wasm had started, a round trip after them (the loader's other
// requests start with the code).
test("a scope's author file is requested with its code, once", async () => {
  const page = await env.browser.newPage();
  const log = watch(page);
  const asked = requested(page, (url) => url.endsWith("/authors-terms.json"));
  // The variant's code is held until the author file has been asked for.
  const file = page.waitForRequest((r) => r.url().endsWith("/authors-terms.json"), { timeout: 10_000 });
  const code = await hold(page, "**/explainers-*.js");
  await page.goto(env.pages.host.url + "authors-scope.html");
  await file.finally(code.release);
  await page.waitForSelector("#scope[data-terms-marked]");
  assert.equal(await page.getAttribute("#scope", "data-terms-marked"), "3");
  assert.equal(asked.length, 1, asked.join("\n"));
  assert.deepEqual(log.errors, []);
  await page.close();
});

// Regression: the variant was picked by the attributes the document's own elements use,
// and a scope or a term in a shadow root is out of its sight: a scope's author file was
// asked for with a variant's code that never reads it (the file never used, its response
// kept for good), and an author's inline term was shown as an unknown term.
test("a scope and an author's term in a shadow root get the variant that reads them", async () => {
  const page = await env.browser.newPage();
  const log = watch(page);
  const asked = requested(page, (url) => url.endsWith("/authors-terms.json"));
  await page.goto(env.pages.host.url + "authors-shadow.html");
  const scope = page.locator("x-host #scope[data-terms-marked]");
  await scope.waitFor();
  assert.equal(await scope.getAttribute("data-terms-marked"), "3");
  assert.equal(await page.locator("x-host #scope glossary-term[term=kantei][data-glossary-author]").count(), 1);
  assert.equal(asked.length, 1, asked.join("\n"));
  const untaken = await page.evaluate(() => [...globalThis[Symbol.for("east-asia-explainers")].early.keys()]);
  assert.deepEqual(untaken, []);
  await page.click("x-host #inline [data-testid=glossary-trigger]");
  await popoverOf(page, "x-host #inline").waitFor({ state: "visible" });
  assert.equal(await page.locator("x-host #inline [data-testid=glossary-definition]").innerText(), "The office of the Prime Minister.");
  assert.deepEqual(log.warnings, ['<glossary-scope>: authors-terms.json: inside its scope, its entries replace the built-in ones with the same id: "deterrence".']);
  assert.deepEqual(log.errors, []);
  await page.close();
});

test("two scopes naming one file share it and warn once", async () => {
  const { page, log } = await open("authors-two-scopes.html");
  await page.waitForSelector("#one[data-terms-marked]");
  await page.waitForSelector("#two[data-terms-marked]");
  assert.equal(await page.locator("#one glossary-term[term=kantei][data-glossary-author]").count(), 1);
  assert.equal(await page.locator("#two glossary-term[term=deterrence][data-glossary-author]").count(), 1);
  assert.equal(log.warnings.length, 1, log.warnings.join("\n"));
  await page.close();
});

for (const [path, expected] of [
  ["authors-missing.html", /^east-asia-explainers: <glossary-scope src="no-such-file.json">: could not load http:\/\/.*\/no-such-file.json \(HTTP 404\); only the built-in terms are marked\.$/],
  ["authors-notjson.html", /^east-asia-explainers: <glossary-scope src="authors-notjson.json">: could not load .*authors-notjson.json \(not JSON: .*\); only the built-in terms are marked\.$/],
  ["authors-invalid.html", /^<glossary-scope>: authors-invalid.json: entry "x": field "definition_en" must be text .*; entries with problems are left out/],
  ["authors-big.html", /^east-asia-explainers: <glossary-scope src="authors-big.json">: could not load .*authors-big.json \(larger than 512 KB\); only the built-in terms are marked\.$/],
]) {
  test(`${path}: one warning naming the problem; the built-in terms still open`, async () => {
    const { page, log } = await open(path);
    await page.waitForSelector("#scope[data-terms-marked]");
    const term = "#scope glossary-term[term=reassurance]";
    await page.click(`${term} [data-testid=glossary-trigger]`);
    await popoverOf(page, term).waitFor({ state: "visible" });
    assert.match(await page.locator(`${term} [data-testid=glossary-definition]`).innerText(), /peaceful intent/);
    const warnings = log.warnings.filter((w) => !/Failed to load resource/.test(w));
    assert.equal(warnings.length, 1, warnings.join("\n"));
    assert.match(warnings[0], expected);
    if (path === "authors-invalid.html") {
      // The file's valid entry is still used.
      assert.equal(await page.locator("#scope glossary-term[term=deterrent][data-glossary-author]").count(), 0, "'deterrent' is not in the text");
      assert.equal(await page.locator("#scope glossary-term[term=deterrence]").count(), 1);
    }
    await page.close();
  });
}

// Regression (issue 24): a file that failed was remembered as failed for the page's life.
test("a failed author file is asked for again by the next scope that mounts", async () => {
  const page = await env.browser.newPage();
  const log = watch(page);
  const asked = requested(page, (url) => url.endsWith("/no-such-file.json"));
  // The loader forgets a failure on a timer (AUTHOR_RETRY_MS, a second): the page's
  // clock is the test's to move on, instead of waiting for it.
  await page.clock.install();
  await page.goto(env.pages.host.url + "authors-missing.html");
  await page.waitForSelector("#scope[data-terms-marked]");
  const first = asked.length;
  assert.ok(first >= 1, "the first scope asked");
  // The failure is shared by the scopes mounting with it for a second (one warning);
  // a scope that mounts after that asks again.
  await page.clock.fastForward(1200);
  await page.evaluate(() => {
    const again = document.createElement("glossary-scope");
    again.id = "again";
    again.setAttribute("src", "no-such-file.json");
    again.innerHTML = "<p>Deterrence.</p>";
    document.body.append(again);
  });
  await page.waitForSelector("#again[data-terms-marked]");
  assert.ok(asked.length > first, "asked again after the first failure");
  const warnings = log.warnings.filter((w) => /no-such-file/.test(w) && !/Failed to load resource/.test(w));
  // The same failure is warned about once per page (the loader repeats no warning).
  assert.equal(warnings.length, 1, warnings.join("\n"));
  await page.close();
});

test("a hostile author file (a related list 30,000 long, 12,000 forms) is cut to the limits with one warning; every widget keeps working", async () => {
  const { page, log } = await open("authors-hostile.html");
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.waitForSelector("#scope[data-terms-marked]", { timeout: 10_000 });
  // The self-related entry is refused, so "Deep water" is not a term; the built-in ones open.
  assert.equal(await page.locator("#scope glossary-term[term=deep]").count(), 0);
  const term = "#scope glossary-term[term=reassurance]";
  await page.click(`${term} [data-testid=glossary-trigger]`);
  await popoverOf(page, term).waitFor({ state: "visible" });
  const warnings = log.warnings.filter((w) => !/Failed to load resource/.test(w));
  assert.equal(warnings.length, 1, warnings.join("\n"));
  assert.match(warnings[0], /field "related" must be a list of at most 50 texts \(and \d+ more problems?\)/);
  assert.deepEqual(errors, []);
  await page.close();
});


// Regression (issue 24): a post's markup could make the page fetch a glossary from any
// origin.
test("another origin's author file loads only where the page's script allows it", async () => {
  const { page, log } = await open("authors-other.html");
  const asked = requested(page, (url) => url.startsWith(other.url));
  await page.waitForSelector("#scope[data-terms-marked]");
  assert.deepEqual(asked, [], "nothing fetched from the other origin");
  assert.equal(await page.locator("#scope glossary-term[term=kantei]").count(), 0);
  assert.equal(log.warnings.length, 1, log.warnings.join("\n"));
  assert.match(log.warnings[0], new RegExp(`is not the page's origin; allow it with configure\\(\\{ authorOrigins: \\["${otherOrigin}"\\] \\}\\)`));
  await page.close();

  const allowed = await open("authors-other-allowed.html");
  await allowed.page.waitForSelector("#scope[data-terms-marked]");
  assert.equal(await allowed.page.locator("#scope glossary-term[term=kantei][data-glossary-author]").count(), 1);
  await allowed.page.close();
});

// Regression (issue 24): one scope's file replaced a built-in definition everywhere on
// the page, for terms outside that scope too.
test("an author's entry applies inside its own scope only", async () => {
  const { page } = await open("authors-scope-outside.html");
  await page.waitForSelector("#scope[data-terms-marked]");
  await page.click("#scope glossary-term[term=deterrence] [data-testid=glossary-trigger]");
  await popoverOf(page, "#scope glossary-term[term=deterrence]").waitFor({ state: "visible" });
  assert.match(await page.locator("#scope glossary-term[term=deterrence] [data-testid=glossary-definition]").innerText(), /^AUTHOR:/);
  await page.keyboard.press("Escape");
  await page.click("#outside [data-testid=glossary-trigger]");
  await popoverOf(page, "#outside").waitFor({ state: "visible" });
  assert.doesNotMatch(await page.locator("#outside [data-testid=glossary-definition]").innerText(), /AUTHOR/);
  await page.close();
});
