// Takes the README's first image: the teaching page, 1280 px wide, with a glossary
// popover open. Serves the built dist/ on 127.0.0.1 and drives headless Chromium
// through playwright-core (tests/e2e/browser.mjs).
//
//   trunk build --release && node scripts/screenshot.mjs [out.png] [lang]
//
// Defaults: docs/screenshot.png, English. Japanese text needs a CJK font on the machine
// (Debian: fonts-noto-cjk).

import { mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import { serve } from "./serve.mjs";
import { launch } from "../tests/e2e/browser.mjs";

const [out = "docs/screenshot.png", lang = "en"] = process.argv.slice(2);
const TERM = "reassurance";

const site = await serve("dist");
const browser = await launch();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, colorScheme: "light", reducedMotion: "reduce" });
  await page.goto(`${site.url}#lang=${lang}&value=50`);
  await page.waitForFunction(() => document.querySelectorAll(":is(glossary-term, deterrence-slider, hotspot-map):not([data-ready])").length === 0);
  await page.evaluate(() => document.fonts.ready);
  const term = page.locator(`.intro[lang="${lang}"] glossary-term[term="${TERM}"]`).first();
  await term.locator("[data-testid=glossary-trigger]").click();
  await term.locator("[data-testid=glossary-popover]").waitFor({ state: "visible" });
  // Move the pointer away so no hover style is caught, and let the popover settle.
  await page.mouse.move(5, 795);
  await page.waitForTimeout(300);
  await mkdir(dirname(out), { recursive: true });
  await page.screenshot({ path: out });
  console.log(`screenshot: wrote ${out} (1280×800, ${lang}, popover "${TERM}" open)`);
} finally {
  await browser.close();
  await site.close();
}
