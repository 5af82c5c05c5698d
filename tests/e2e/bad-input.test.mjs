// Quality gate: every attribute given empty, unknown, huge, negative, non-numeric and
// HTML- or script-like values; elements removed and re-added; attributes changed
// rapidly. No uncaught error, no panic, exactly the documented warnings, text that
// looks like HTML shown as text, and the other widgets keep working.

import { test } from "node:test";
import assert from "node:assert/strict";
import { pagesAndBrowser } from "./host.mjs";
import { watch } from "./browser.mjs";
import { quiet } from "./wait.mjs";

const env = pagesAndBrowser();
const HUGE = "x".repeat(100000);
const SCRIPTY = '"><img src=x onerror="window.pwned=1"><script>window.pwned=1</script>';


async function open() {
  const page = await env.browser.newPage();
  const log = watch(page);
  await page.goto(env.pages.host.url + "bad-input.html");
  await page.waitForSelector("#good-slider[data-ready]");
  return { page, log };
}

// [tag, attribute, value, expected warnings]
const CASES = [
  ["glossary-term", "term", "", 1],
  ["glossary-term", "term", "no-such-term", 1],
  ["glossary-term", "term", HUGE, 1],
  ["glossary-term", "term", SCRIPTY, 1],
  ["glossary-term", "lang", "", 1],
  ["glossary-term", "lang", "fr", 1],
  ["glossary-term", "lang", SCRIPTY, 1],
  ["glossary-term", "theme", "", 1],
  ["glossary-term", "theme", "neon", 1],
  ["deterrence-slider", "value", "", 1],
  ["deterrence-slider", "value", "-1", 1],
  ["deterrence-slider", "value", "101", 1],
  ["deterrence-slider", "value", "1e400", 1],
  ["deterrence-slider", "value", "forty", 1],
  ["deterrence-slider", "value", HUGE, 1],
  ["deterrence-slider", "value", SCRIPTY, 1],
  ["deterrence-slider", "lang", "zz", 1],
  ["deterrence-slider", "theme", SCRIPTY, 1],
  ["hotspot-map", "hotspot", "", 1],
  ["hotspot-map", "hotspot", "atlantis", 1],
  ["hotspot-map", "hotspot", SCRIPTY, 1],
  ["hotspot-map", "selected", "", 1],
  ["hotspot-map", "selected", "atlantis", 1],
  ["hotspot-map", "selected", SCRIPTY, 1],
  ["hotspot-map", "selected", HUGE, 1],
  ["hotspot-map", "lang", "-1", 1],
];

test("each bad value: a fallback, exactly one warning naming the element, no error", async () => {
  const { page, log } = await open();
  for (const [tag, attr, value, warnings] of CASES) {
    const before = log.warnings.length;
    await page.evaluate(
      async ({ tag, attr, value }) => {
        const el = document.createElement(tag);
        if (tag === "glossary-term") el.textContent = "<b>語</b>";
        if (tag === "glossary-term" && attr !== "term") el.setAttribute("term", "reassurance");
        el.setAttribute(attr, value);
        const bad = document.querySelector("#bad");
        bad.replaceChildren(el);
        if (tag === "glossary-term") {
          // A term is mounted on the reader's first intent: focus it, if it became a
          // trigger, and wait for its popover to open (an unknown term stays plain text).
          const trigger = el.shadowRoot?.querySelector("[data-testid=glossary-trigger]");
          const opened = new Promise((r) => el.addEventListener("glossary-open", r, { once: true }));
          trigger?.focus();
          if (trigger) await opened;
        } else {
          await new Promise((r) => el.addEventListener("explainer-ready", r, { once: true }));
        }
      },
      { tag, attr, value },
    );
    // Exactly that many: no later warning either.
    await quiet(page, 30);
    const got = log.warnings.slice(before);
    const label = `${tag} ${attr}="${value.slice(0, 20)}"`;
    assert.equal(got.length, warnings, `${label}: ${JSON.stringify(got.map((w) => w.slice(0, 120)))}`);
    assert.ok(got.every((w) => w.startsWith(`<${tag}>`)), `${label}: ${got[0]?.slice(0, 120)}`);
    assert.ok(got.every((w) => w.length < 400), `${label}: a warning must not echo a huge value`);
  }
  // Text that looks like HTML stays text; nothing ran.
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  const shown = await page.evaluate(async () => {
    const el = document.createElement("glossary-term");
    el.setAttribute("term", "reassurance");
    el.textContent = "<b>語</b>";
    document.querySelector("#bad").replaceChildren(el);
    await new Promise((r) => el.addEventListener("explainer-ready", r, { once: true }));
    return { text: el.textContent, elements: el.querySelectorAll("*").length };
  });
  assert.deepEqual(shown, { text: "<b>語</b>", elements: 0 });
  assert.deepEqual(log.errors, []);
  await page.close();
});

test("removing, re-adding and rapid attribute changes leave everything working", async () => {
  const { page, log } = await open();
  const result = await page.evaluate(async (url) => {
    const { liveCount } = await import(url + "explainers.js");
    const start = await liveCount();
    const slider = document.createElement("deterrence-slider");
    document.body.append(slider);
    await new Promise((r) => slider.addEventListener("explainer-ready", r, { once: true }));
    for (let i = 0; i < 300; i++) {
      slider.setAttribute("value", String((i * 37) % 140 - 20));
      slider.setAttribute("lang", i % 2 ? "ja" : "en");
      slider.setAttribute("theme", ["auto", "light", "dark"][i % 3]);
      if (i % 50 === 0) {
        slider.remove();
        document.body.append(slider);
      }
    }
    slider.setAttribute("value", "63");
    // Removed and re-added in separate tasks (a task boundary is the input here, not a
    // wait for something): a message to ourselves, without a timer's clamp.
    const channel = new MessageChannel();
    const nextTask = () => new Promise((r) => ((channel.port1.onmessage = r), channel.port2.postMessage(0)));
    for (let i = 0; i < 20; i++) {
      slider.remove();
      await nextTask();
      document.body.append(slider);
      await nextTask();
    }
    // Mounted again after the last re-adding.
    if (!slider.hasAttribute("data-ready")) await new Promise((r) => slider.addEventListener("explainer-ready", r, { once: true }));
    const mounted = await liveCount();
    slider.remove();
    // Unmounted: the loader empties the shadow root once it has unmounted the widget.
    while (slider.shadowRoot.hasChildNodes()) await new Promise((r) => requestAnimationFrame(r));
    return { start, mounted, after: await liveCount(), value: (document.body.append(slider), slider.value) };
  }, env.pages.bundle.url);
  // The slider plus the live glossary terms inside its own text.
  assert.ok(result.mounted > result.start, JSON.stringify(result));
  assert.equal(result.after, result.start, "a removed element leaves no instance behind");
  // The other widgets still work.
  await page.click("#good-term [data-testid=glossary-trigger]");
  await page.locator("#good-term [data-testid=glossary-popover]").waitFor({ state: "visible" });
  await page.focus("#good-slider [data-testid=slider-input]");
  await page.keyboard.press("End");
  assert.equal(await page.evaluate(() => document.querySelector("#good-slider").value), 100);
  assert.deepEqual(log.errors, []);
  await page.close();
});
