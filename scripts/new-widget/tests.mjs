// The tests the scaffold creates for a new widget: a browser test (wasm-bindgen-test, the
// widget mounted as the loader mounts it) and an end-to-end test with its host page (the
// built bundle in Chromium). Both assert the scaffold's widget works: it mounts at its
// attribute, a press raises the count, writes it back and announces it, and a bad count
// falls back with one warning. Replace them as the widget grows.

const browserRs = (n) => `//! Browser tests of \`<${n.tag}>\`: it mounts at its \`count\`, a press raises the count,
//! writes it back and announces it, and a bad count falls back with one warning.

#![cfg(all(target_arch = "wasm32", feature = "${n.feature}"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn shown(m: &Mounted) -> String {
    m.must("[data-testid=${n.tag}-count]")
        .text_content()
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn a_press_raises_the_count_writes_it_back_and_announces_it() {
    let events = Events::listen("${n.event}");
    let m = mount("${n.tag}", &[("count", "2"), ("lang", "en")], "");
    settle().await;
    assert_eq!(shown(&m), "Count: 2");
    m.must("[data-testid=${n.tag}-raise]").click();
    settle().await;
    assert_eq!(shown(&m), "Count: 3");
    assert_eq!(m.host.get_attribute("count").as_deref(), Some("3"));
    assert_eq!(events.numbers("count"), vec![3.0]);
    m.unmount();
}

#[wasm_bindgen_test]
async fn a_bad_count_falls_back_with_one_warning() {
    let warnings = Warnings::capture();
    let m = mount("${n.tag}", &[("count", "many"), ("lang", "ja")], "");
    settle().await;
    assert_eq!(shown(&m), "いまの数：0");
    let got = warnings.messages();
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        got[0].starts_with("<${n.tag}>: count=\\"many\\""),
        "{got:?}"
    );
    m.unmount();
}
`;

const hostPage = (n) => `<!doctype html>
<!-- A host page embedding <${n.tag}> from the bundle on another origin. -->
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${n.component} host page</title>
    <script type="module" src="BUNDLE/explainers.js"></script>
  </head>
  <body>
    <p><button id="before">before</button></p>
    <${n.tag} id="w" count="2"></${n.tag}>
  </body>
</html>
`;

const e2e = (n) => `// End to end: <${n.tag}> in a host page on another origin, from the built bundle: it
// mounts (data-ready), a press of its button raises the count, writes it back to the
// attribute and announces it with ${n.event}.

import { test } from "node:test";
import assert from "node:assert/strict";
import { pagesAndBrowser } from "./host.mjs";
import { watch } from "./browser.mjs";

const env = pagesAndBrowser();

test("<${n.tag}> mounts, and a press raises its count and announces it", async () => {
  const page = await env.browser.newPage();
  const log = watch(page);
  await page.addInitScript(() => {
    window.changes = [];
    document.addEventListener("${n.event}", (e) => window.changes.push(e.detail));
  });
  await page.goto(env.pages.host.url + "${n.tag}-host.html");
  await page.waitForSelector("#w[data-ready]");
  const count = page.locator("#w [data-testid=${n.tag}-count]");
  assert.equal(await count.innerText(), "Count: 2");
  await page.click("#w [data-testid=${n.tag}-raise]");
  await page.waitForFunction(() => window.changes.length === 1);
  assert.deepEqual(await page.evaluate(() => window.changes), [{ count: 3 }]);
  assert.equal(await page.getAttribute("#w", "count"), "3");
  assert.equal(await count.innerText(), "Count: 3");
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.warnings, []);
  await page.close();
});
`;

/** Every test file the scaffold creates: its path, its step and its text. */
export const TEST_FILES = [
  { step: "tests", path: (n) => `tests/browser_${n.module}.rs`, what: "browser tests (mount, a press, a bad count)", text: browserRs },
  { step: "tests", path: (n) => `tests/e2e/${n.tag}.test.mjs`, what: "an end-to-end test (mounts from the bundle, a press)", text: e2e },
  { step: "tests", path: (n) => `tests/e2e/pages/${n.tag}-host.html`, what: "its host page", text: hostPage },
];
