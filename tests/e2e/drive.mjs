// Uses every widget the way a reader would, for the tests that check a bundle served
// from somewhere else (the installed package, a Hugo or Jekyll site): a term opens its
// popover on keyboard focus, the slider moves with End, the map selects a hotspot with
// a click. Each records the event the element fires and returns its detail.

import assert from "node:assert/strict";

const EVENTS = ["explainer-ready", "glossary-open", "deterrence-change", "hotspot-select"];

/** Before `page.goto`: records the elements' events on `window.__explainerEvents`. */
export async function recordEvents(page) {
  await page.addInitScript((names) => {
    window.__explainerEvents = [];
    for (const type of names) {
      document.addEventListener(type, (e) => window.__explainerEvents.push({ type, tag: e.target.localName, id: e.target.id, detail: e.detail }), true);
    }
  }, EVENTS);
}

const events = (page, type) => page.evaluate((t) => window.__explainerEvents.filter((e) => e.type === t), type);

// Events from the element `selector`: matched by id when the selector is "#id", else
// the latest of that type.
async function lastEvent(page, type, selector) {
  const id = /^#[\w-]+$/.test(selector) ? selector.slice(1) : null;
  await page.waitForFunction(([t, i]) => window.__explainerEvents.some((e) => e.type === t && (!i || e.id === i)), [type, id]);
  return (await events(page, type)).filter((e) => !id || e.id === id).at(-1).detail;
}

/**
 * Focuses the term `selector` (one element, e.g. "#t1") with Tab from the
 * focusable element `from`, and waits for its popover. Returns `glossary-open`'s detail.
 */
export async function openTermWithKeyboard(page, selector, from) {
  await page.waitForSelector(`${selector}[data-ready]`);
  await page.focus(from);
  await page.keyboard.press("Tab");
  const popover = page.locator(`${selector} [data-testid=glossary-popover]`);
  await popover.waitFor({ state: "visible" });
  assert.ok((await popover.innerText()).trim().length > 0, "the popover shows the entry");
  const detail = await lastEvent(page, "glossary-open", selector);
  await page.keyboard.press("Escape");
  await popover.waitFor({ state: "hidden" });
  return detail;
}

/** Presses End on the slider `selector`; checks `el.value` is 100. Returns `deterrence-change`'s detail. */
export async function slideToEnd(page, selector) {
  await page.locator(selector).scrollIntoViewIfNeeded();
  await page.waitForSelector(`${selector}[data-ready]`);
  await page.locator(`${selector} [data-testid=slider-input]`).focus();
  await page.keyboard.press("End");
  await page.waitForFunction((s) => document.querySelector(s).value === 100, selector);
  return lastEvent(page, "deterrence-change", selector);
}

/** Clicks hotspot `id` on the map `selector`; checks its card and `el.selected`. Returns `hotspot-select`'s detail. */
export async function selectHotspot(page, selector, id) {
  await page.locator(selector).scrollIntoViewIfNeeded();
  await page.waitForSelector(`${selector}[data-ready]`);
  await page.click(`${selector} [data-testid=map-hotspot][data-id=${id}]`);
  await page.locator(`${selector} [data-testid=map-card][data-id=${id}]`).waitFor();
  await page.waitForFunction(([s, i]) => document.querySelector(s).selected === i, [selector, id]);
  return lastEvent(page, "hotspot-select", selector);
}
