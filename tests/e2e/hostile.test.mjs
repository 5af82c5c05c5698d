// Quality gate: a hostile host page (strict CSP, aggressive global CSS, transformed
// and scrolling container, script loaded twice): every widget renders and works, and
// the page sees no error and no CSP violation.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve } from "../../scripts/serve.mjs";
import { launch, watch } from "./browser.mjs";

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:";
let server, browser;

before(async () => {
  // The CSP's 'self' means the bundle is served from the page's own origin here.
  const dir = await mkdtemp(join(tmpdir(), "hostile-"));
  await cp("dist", dir, { recursive: true });
  await cp("tests/e2e/hostile", join(dir, "hostile"), { recursive: true });
  await cp("tests/e2e/hostile/index.html", join(dir, "hostile.html"));
  server = await serve(dir, { headers: { "content-security-policy": CSP } });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

// A new page that records CSP violations in `window.violations`.
async function watchedPage() {
  const page = await browser.newPage();
  const log = watch(page);
  await page.addInitScript(() => {
    window.violations = [];
    document.addEventListener("securitypolicyviolation", (e) => window.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return { page, log };
}

async function open() {
  const { page, log } = await watchedPage();
  await page.goto(server.url + "hostile.html");
  await page.waitForFunction(() => document.querySelectorAll("glossary-term[data-ready], deterrence-slider[data-ready]").length === 3);
  return { page, log };
}

test("widgets render and the page sees no error or CSP violation", async () => {
  const { page, log } = await open();
  assert.deepEqual(await page.evaluate(() => window.violations), []);
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.consoleErrors, []);
  // The slider's own type is not the host's 40px, and its input is visible.
  const size = await page.locator("#s .ds").evaluate((el) => getComputedStyle(el).fontSize);
  assert.equal(size, "15px");
  assert.ok(await page.locator("#s [data-testid=slider-input]").isVisible());
  await page.close();
});

test("the popover opens above the z-index war, inside the viewport", async () => {
  const { page } = await open();
  await page.click("#g1 [data-testid=glossary-trigger]");
  const pop = page.locator("#g1 [data-testid=glossary-popover]");
  await pop.waitFor({ state: "visible" });
  const box = await pop.boundingBox();
  const vp = page.viewportSize();
  assert.ok(box.x >= 0 && box.x + box.width <= vp.width, JSON.stringify(box));
  // The element at the popover's centre is the popover (top layer beats z-index).
  const hit = await page.evaluate(({ x, y }) => {
    const el = document.elementFromPoint(x, y);
    return el?.id === "g1" || el?.closest?.("#g1") ? "popover" : el?.className || el?.localName;
  }, { x: box.x + box.width / 2, y: box.y + box.height / 2 });
  assert.equal(hit, "popover");
  assert.equal(await pop.evaluate((el) => getComputedStyle(el).fontSize), "15px");
  await page.close();
});

test("inside a transformed, scrolling container the popover and the slider work", async () => {
  const { page } = await open();
  await page.locator("#g2").scrollIntoViewIfNeeded();
  await page.click("#g2 [data-testid=glossary-trigger]");
  const pop = page.locator("#g2 [data-testid=glossary-popover]");
  await pop.waitFor({ state: "visible" });
  const box = await pop.boundingBox();
  const vp = page.viewportSize();
  assert.ok(box.y >= 0 && box.y + box.height <= vp.height, JSON.stringify(box));
  await page.keyboard.press("Escape");
  await pop.waitFor({ state: "hidden" });
  await page.focus("#s [data-testid=slider-input]");
  await page.keyboard.press("End");
  assert.equal(await page.evaluate(() => document.querySelector("#s").value), 100);
  await page.close();
});

test("from another origin, a CSP that allows the bundle's origin for scripts and data (connect-src) and nothing else is enough", async () => {
  const bundle = await serve("dist");
  const origin = new URL(bundle.url).origin;
  const csp = `default-src 'self'; script-src 'self' ${origin} 'wasm-unsafe-eval'; connect-src ${origin}; style-src 'self'; img-src 'self' data:`;
  const dir = await mkdtemp(join(tmpdir(), "hostile-cross-"));
  await cp("tests/e2e/hostile", join(dir, "hostile"), { recursive: true });
  const page0 = await readFile("tests/e2e/hostile/index.html", "utf8");
  await writeFile(join(dir, "hostile.html"), page0.replaceAll('src="explainers.js', `src="${bundle.url}explainers.js`));
  const host = await serve(dir, { headers: { "content-security-policy": csp } });
  try {
    const { page, log } = await watchedPage();
    await page.goto(host.url + "hostile.html");
    await page.waitForSelector("#s[data-ready]");
    await page.click("#g1 [data-testid=glossary-trigger]");
    await page.locator("#g1 [data-testid=glossary-popover]").waitFor({ state: "visible" });
    assert.deepEqual(await page.evaluate(() => window.violations), []);
    assert.deepEqual(log.errors, []);
    await page.close();
  } finally {
    await host.close();
    await bundle.close();
  }
});

test("a widget whose start throws after its shadow root is attached shows its own content, and the others still mount (issue 24)", async () => {
  const { page, log } = await watchedPage();
  await page.addInitScript(() => {
    const own = Object.getOwnPropertyDescriptor(ShadowRoot.prototype, "adoptedStyleSheets");
    Object.defineProperty(ShadowRoot.prototype, "adoptedStyleSheets", {
      configurable: true,
      get() {
        return own.get.call(this);
      },
      set(v) {
        if (this.host.id === "s" && !window.__thrown) {
          window.__thrown = true;
          throw new Error("a hostile page");
        }
        own.set.call(this, v);
      },
    });
  });
  await page.goto(server.url + "hostile.html");
  await page.waitForFunction(() => window.__thrown === true);
  await page.click("#g1 [data-testid=glossary-trigger]");
  await page.locator("#g1 [data-testid=glossary-popover]").waitFor({ state: "visible" });
  await page.waitForFunction(() => document.querySelector("#g2[data-ready]"));
  const slider = await page.evaluate(() => {
    const el = document.getElementById("s");
    return { ready: el.hasAttribute("data-ready"), slot: !!el.shadowRoot?.querySelector("slot"), widget: !!el.shadowRoot?.querySelector(".ds") };
  });
  assert.deepEqual(slider, { ready: false, slot: true, widget: false });
  assert.ok(log.warnings.some((w) => w.includes("<deterrence-slider> could not start") && w.includes("a hostile page")), JSON.stringify(log.warnings));
  assert.deepEqual(log.errors, []);
  await page.close();
});
