// Each element's own completion (issue 23), as a page's script sees it: the loader's
// `ready(el)` resolves `true` once that element is complete (`data-ready`), without
// waiting for the rest of the page, `false` for an element that leaves the page first
// or is not one of ours (with one warning). Run after `make build`:
// node --test tests/e2e/completion.test.mjs

import { test } from "node:test";
import assert from "node:assert/strict";
import { pagesAndBrowser } from "./host.mjs";
import { watch } from "./browser.mjs";

const env = pagesAndBrowser();

/** Calls the loader's `ready` in the page on what `pick` (a function of `document`) returns. */
const readyOf = (page, pick) =>
  page.evaluate(async (pick) => {
    const url = document.querySelector("script[src$='explainers.js']").src;
    const el = new Function("document", `return (${pick})(document)`)(document);
    const complete = await (await import(url)).ready(el);
    return { complete, marked: el instanceof Element && el.hasAttribute("data-ready") };
  }, pick.toString());

test("ready(el): true once that element is complete, false if it leaves first or is not ours", async () => {
  const page = await env.browser.newPage();
  const log = watch(page);
  await page.goto(env.pages.host.url + "contract-host.html");

  // A widget: mounted now even if it waits for the viewport, true with data-ready set.
  assert.deepEqual(await readyOf(page, (d) => d.querySelector("#map")), { complete: true, marked: true });
  assert.deepEqual(await readyOf(page, (d) => d.querySelector("#slider")), { complete: true, marked: true });
  // A term is complete as soon as it is a trigger.
  assert.deepEqual(await readyOf(page, (d) => d.querySelector("#term")), { complete: true, marked: true });

  // Removed before it completes: false, never a promise that hangs.
  const removed = await page.evaluate(async () => {
    const url = document.querySelector("script[src$='explainers.js']").src;
    const el = document.createElement("hotspot-map");
    document.body.append(el);
    const done = (await import(url)).ready(el);
    el.remove();
    return done;
  });
  assert.equal(removed, false);

  // Not one of ours: false, and one warning that says so.
  assert.deepEqual(await readyOf(page, (d) => d.body), { complete: false, marked: false });
  const named = log.warnings.filter((w) => /ready\(element\): body is not one of the explainers' elements/.test(w));
  assert.equal(named.length, 1, JSON.stringify(log.warnings));
  assert.deepEqual(log.errors, []);
  await page.close();
});
