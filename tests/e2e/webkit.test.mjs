// End to end in WebKit: a reader's use of every widget, in Debian's WebKitGTK
// (MiniBrowser driven by WebKitWebDriver on a private Xvfb screen, through the small
// W3C WebDriver client in webdriver.mjs), against the built dist/ served on 127.0.0.1
// and host pages on another origin. The Chromium tests in this folder go further; this
// file checks that each widget works for a reader in the third engine: the glossary
// popover from the keyboard, by click and by hover, one open at a time, the word's
// underline; the slider's keys, its event and its text; the map's selection by click
// and by keyboard, its event and card; no page errors, console errors or warnings.
//
// Off unless EXPLAINERS_WEBKIT=1 (`make test` and `make test-webkit` set it, and
// scripts/setup.sh then installs webkit2gtk-driver and xvfb); with it set, a missing
// WebKitWebDriver, MiniBrowser or Xvfb fails the tests instead of skipping them.

import { describe, test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { servePages } from "./host.mjs";
import { launchWebKit, KEY } from "./webdriver.mjs";

const flag = process.env.EXPLAINERS_WEBKIT;
const skip =
  flag === undefined || flag === "" || flag === "0"
    ? "the WebKit tier is off: set EXPLAINERS_WEBKIT=1 (make test and make test-webkit do) to run it in WebKitGTK"
    : false;

// WebDriver has no console or page-error events and no init scripts, so the test's
// copies of the host pages start with this classic script, before the bundle's: it
// records uncaught errors, unhandled rejections, failed element loads, CSP violations,
// console.error and console.warn calls (the loader reports every failure it survives
// with console.warn), and the elements' public events with their details.
const RECORDER = `<script>
(() => {
  const log = (window.__wk = { errors: [], consoleErrors: [], warnings: [], events: [] });
  const str = (a) => {
    if (a instanceof Error) return String(a);
    try { return typeof a === "object" ? JSON.stringify(a) : String(a); } catch { return String(a); }
  };
  for (const [level, list] of [["error", log.consoleErrors], ["warn", log.warnings]]) {
    const original = console[level];
    console[level] = function (...args) {
      list.push(args.map(str).join(" "));
      return original.apply(this, args);
    };
  }
  addEventListener("error", (e) => {
    if (e instanceof ErrorEvent) log.errors.push(e.message + " (" + e.filename + ":" + e.lineno + ")");
    else if (e.target && e.target !== window) log.errors.push("failed to load <" + e.target.localName + "> " + (e.target.src || e.target.href || ""));
  }, true);
  addEventListener("unhandledrejection", (e) => log.errors.push("unhandled rejection: " + str(e.reason)));
  document.addEventListener("securitypolicyviolation", (e) => log.errors.push("CSP: " + e.violatedDirective + " " + e.blockedURI));
  for (const type of ["explainer-ready", "glossary-open", "deterrence-change", "hotspot-select", "layers-change"]) {
    document.addEventListener(type, (e) => log.events.push({ type, id: e.target.id, detail: e.detail }), true);
  }
  // An element inside a widget: q("#host", "[data-testid=x]").
  window.__q = (host, inner) => document.querySelector(host)?.shadowRoot?.querySelector(inner) ?? null;
})();
</script>`;

const PAGES = ["blank-host.html", "slider-host.html", "map-host.html"];

// Two terms at either end of a line, so that neither's popover covers the other.
const TERMS_APART = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Two terms apart</title>
    <script type="module" src="BUNDLE/explainers.js"></script>
  </head>
  <body>
    <div style="display: flex; justify-content: space-between">
      <p lang="ja"><glossary-term id="left" term="reassurance">安心供与</glossary-term></p>
      <p><glossary-term id="right" term="deterrence">deterrence</glossary-term></p>
    </div>
  </body>
</html>
`;

describe("WebKit (WebKitGTK MiniBrowser through WebKitWebDriver)", { skip }, () => {
  let pages;
  let wk;

  before(async () => {
    const extra = {};
    for (const name of PAGES) {
      const html = await readFile(`tests/e2e/pages/${name}`, "utf8");
      assert.ok(html.includes("<head>"), name);
      extra[`wk-${name}`] = (url) => html.replaceAll("BUNDLE/", url).replace("<head>", `<head>\n${RECORDER}`);
    }
    extra["wk-terms-apart.html"] = (url) => TERMS_APART.replace("BUNDLE/", url).replace("<head>", `<head>\n${RECORDER}`);
    pages = await servePages({ extra });
    const t0 = Date.now();
    wk = await launchWebKit();
    await wk.setWindowRect({ width: 1200, height: 900 });
    console.log(`# WebKitGTK ${wk.capabilities.browserVersion} (${wk.capabilities.browserName}), started in ${Date.now() - t0} ms`);
  });

  after(async () => {
    await wk?.close();
    await pages?.close();
  });

  async function open(name) {
    await wk.navigate(`${pages.host.url}wk-${name}`);
    assert.equal(await wk.execute("return typeof window.__wk"), "object", "the recorder ran");
  }

  // What the reader's keyboard focus is on: "host-id:data-testid or data-id" inside a widget.
  const focused = () =>
    wk.execute(`const a = document.activeElement;
      const inner = a?.shadowRoot?.activeElement;
      return (a?.id || a?.localName) + ":" + (inner?.dataset.id ?? inner?.dataset.testid ?? inner?.localName ?? "");`);

  const events = (type) => wk.execute("return window.__wk.events.filter((e) => e.type === arguments[0]).map(({ id, detail }) => ({ id, detail }))", type);

  const clearEvents = () => wk.execute("window.__wk.events.length = 0");

  async function assertQuiet() {
    const log = await wk.execute("const { errors, consoleErrors, warnings } = window.__wk; return { errors, consoleErrors, warnings };");
    assert.deepEqual(log, { errors: [], consoleErrors: [], warnings: [] }, "no page errors, console errors or warnings");
  }

  // A glossary term's state: aria-expanded, the popover's data-open, whether it is in
  // the top layer and shown, and its box.
  const termState = (id) =>
    wk.execute(
      `const t = __q(arguments[0], "[data-testid=glossary-trigger]");
      const p = __q(arguments[0], "[data-testid=glossary-popover]");
      const r = p?.getBoundingClientRect();
      return {
        expanded: t?.getAttribute("aria-expanded") ?? null,
        open: p?.dataset.open ?? null,
        popoverOpen: p ? p.matches(":popover-open") : false,
        visible: !!r && r.width > 0 && r.height > 0 && getComputedStyle(p).visibility !== "hidden",
        box: r ? { x: r.x, y: r.y, width: r.width, height: r.height } : null,
        viewport: { width: innerWidth, height: innerHeight },
        text: p?.innerText ?? "",
      };`,
      id,
    );

  // Open = aria-expanded, data-open and placed (the popover is measured hidden, then
  // placed, its data-side set, and shown); closed = aria-expanded false.
  const waitOpen = (id, open) =>
    wk.waitFor(
      `const t = __q(arguments[0], "[data-testid=glossary-trigger]"); const p = __q(arguments[0], "[data-testid=glossary-popover]");
      return arguments[1] ? t?.getAttribute("aria-expanded") === "true" && p?.dataset.open === "true" && !!p?.dataset.side : t?.getAttribute("aria-expanded") === "false";`,
      { args: [id, open], message: `${id} ${open ? "open" : "closed"}` },
    );

  function assertOpen(id, s) {
    assert.equal(s.expanded, "true", `${id}: aria-expanded`);
    assert.equal(s.open, "true", `${id}: data-open`);
    assert.ok(s.popoverOpen, `${id}: the popover is in the top layer (:popover-open)`);
    assert.ok(s.visible, `${id}: the popover is shown ${JSON.stringify(s.box)}`);
    const { box, viewport } = s;
    assert.ok(box.x >= 0 && box.y >= 0 && box.x + box.width <= viewport.width && box.y + box.height <= viewport.height, `${id}: inside the viewport ${JSON.stringify({ box, viewport })}`);
  }

  function assertClosed(id, s) {
    assert.equal(s.expanded, "false", `${id}: aria-expanded`);
    assert.notEqual(s.open, "true", `${id}: data-open`);
    assert.equal(s.popoverOpen, false, `${id}: not in the top layer`);
    assert.equal(s.visible, false, `${id}: not shown`);
  }

  test("glossary: keyboard focus opens the popover, Escape closes it and focus returns to the word, Enter toggles it", async () => {
    await open("blank-host.html");
    // Two terms by hand, three marked by the scope in idle time after load.
    await wk.waitFor("return document.querySelector('glossary-scope[data-terms-marked]') && document.querySelectorAll('glossary-term').length === 5 && document.querySelectorAll('glossary-term:not([data-ready])').length === 0", { message: "five terms ready" });
    assertClosed("#t-reassurance", await termState("#t-reassurance"));
    // The reader sees which words are terms: a dotted underline (solid while open).
    const mark = (id) =>
      wk.execute("const c = getComputedStyle(__q(arguments[0], '[data-testid=glossary-trigger]')); return c.textDecorationLine + ' ' + c.textDecorationStyle;", id);
    assert.equal(await mark("#t-reassurance"), "underline dotted", "the word is underlined as a term");

    await wk.execute("document.getElementById('before-button').focus()");
    await wk.keys(KEY.Tab);
    assert.equal(await focused(), "t-reassurance:glossary-trigger", "Tab reaches the term");
    await waitOpen("#t-reassurance", true);
    const s = await termState("#t-reassurance");
    assertOpen("#t-reassurance", s);
    assert.match(s.text, /安心供与/);
    assert.match(s.text, /reassurance/);
    assert.match(s.text, /平和的な意図/, "the definition");
    assert.deepEqual(await events("glossary-open"), [{ id: "t-reassurance", detail: { term: "reassurance" } }]);
    assert.equal(await mark("#t-reassurance"), "underline solid", "the open word's underline is solid");

    // Tab moves into the popover; Escape there closes it and returns focus to the word.
    await wk.keys(KEY.Tab);
    const inside = await wk.execute("const r = document.activeElement.shadowRoot; return document.activeElement.id === 't-reassurance' && !!r.activeElement && r.querySelector('[data-testid=glossary-popover]').contains(r.activeElement);");
    assert.ok(inside, `Tab moves into the popover (focus: ${await focused()})`);
    await wk.keys(KEY.Escape);
    await waitOpen("#t-reassurance", false);
    assertClosed("#t-reassurance", await termState("#t-reassurance"));
    assert.equal(await focused(), "t-reassurance:glossary-trigger", "focus returns to the word");

    // Enter on the word opens it again (returning focus did not), Enter again closes it.
    await wk.keys(KEY.Enter);
    await waitOpen("#t-reassurance", true);
    assertOpen("#t-reassurance", await termState("#t-reassurance"));
    await wk.keys(KEY.Enter);
    await waitOpen("#t-reassurance", false);
    assertClosed("#t-reassurance", await termState("#t-reassurance"));
    assert.equal((await events("glossary-open")).length, 2, "glossary-open once per opening");
    await assertQuiet();
  });

  test("glossary: a click opens the popover, and only one is open at a time", async () => {
    // Two terms far apart (an open popover covers the text below its word, where a
    // reader could not click).
    await open("terms-apart.html");
    await wk.waitFor("return document.querySelectorAll('glossary-term[data-ready]').length === 2", { message: "terms ready" });
    const trigger = (id) => wk.element("return __q(arguments[0], '[data-testid=glossary-trigger]')", id);
    const openCount = () =>
      wk.execute("return [...document.querySelectorAll('glossary-term')].filter((t) => t.shadowRoot?.querySelector('[data-testid=glossary-popover]')?.matches(':popover-open')).length");

    await wk.click(await trigger("#left"));
    await waitOpen("#left", true);
    const ja = await termState("#left");
    assertOpen("#left", ja);
    assert.match(ja.text, /安心供与/);
    assertClosed("#right", await termState("#right"));

    await wk.click(await trigger("#right"));
    await waitOpen("#right", true);
    const en = await termState("#right");
    assertOpen("#right", en);
    assert.match(en.text, /deterrence/i);
    assert.equal(await wk.execute("return __q('#right', '.gx-card')?.getAttribute('lang')"), "en", "the card follows the ancestor's lang");
    assertClosed("#left", await termState("#left"));
    assert.equal(await openCount(), 1, "one popover open on the page");

    await wk.click(await trigger("#left"));
    await waitOpen("#left", true);
    assertClosed("#right", await termState("#right"));
    assert.equal(await openCount(), 1, "one popover open on the page");

    // A click on the open word closes it.
    await wk.click(await trigger("#left"));
    await waitOpen("#left", false);
    assertClosed("#left", await termState("#left"));
    assert.equal(await openCount(), 0);
    assert.deepEqual(await events("glossary-open"), [
      { id: "left", detail: { term: "reassurance" } },
      { id: "right", detail: { term: "deterrence" } },
      { id: "left", detail: { term: "reassurance" } },
    ]);
    await assertQuiet();
  });

  test("glossary: a term the scope marked opens by click; Escape closes it", async () => {
    await open("blank-host.html");
    await wk.waitFor("return document.querySelector('glossary-scope[data-terms-marked]') && document.querySelectorAll('glossary-term:not([data-ready])').length === 0", { message: "terms ready" });
    const term = await wk.execute("const t = document.querySelector('glossary-scope glossary-term'); t.id = 'marked'; return t.getAttribute('term');");
    assert.ok(term, "the scope marked a term");
    await wk.click(await wk.element("return __q('#marked', '[data-testid=glossary-trigger]')"));
    await waitOpen("#marked", true);
    assertOpen("#marked", await termState("#marked"));
    assert.equal(await wk.execute("return __q('#marked', '.gx-card')?.getAttribute('lang')"), "ja");
    await wk.keys(KEY.Escape);
    await waitOpen("#marked", false);
    assertClosed("#marked", await termState("#marked"));
    assert.equal(await focused(), "marked:glossary-trigger", "focus returns to the word");
    assert.deepEqual(await events("glossary-open"), [{ id: "marked", detail: { term } }]);
    await assertQuiet();
  });

  test("glossary: a hover opens the popover after a delay; the pointer leaving closes it", async () => {
    await open("blank-host.html");
    await wk.waitFor("return document.querySelector('glossary-scope[data-terms-marked]') && document.querySelectorAll('glossary-term:not([data-ready])').length === 0", { message: "terms ready" });
    const trigger = await wk.element("return __q('#t-reassurance', '[data-testid=glossary-trigger]')");
    // The first hover: the glossary code loads and replaces the trigger under the pointer.
    await wk.pointerMove(trigger);
    assert.equal((await termState("#t-reassurance")).expanded, "false", "not at once");
    await waitOpen("#t-reassurance", true);
    assertOpen("#t-reassurance", await termState("#t-reassurance"));
    // Straight away from the word (not through the popover): it closes.
    await wk.pointerMove("viewport", { x: 900, y: 600 });
    await waitOpen("#t-reassurance", false);
    assertClosed("#t-reassurance", await termState("#t-reassurance"));
    // Again, now that the widget is mounted.
    await wk.pointerMove(await wk.element("return __q('#t-reassurance', '[data-testid=glossary-trigger]')"));
    await waitOpen("#t-reassurance", true);
    await wk.pointerMove("viewport", { x: 900, y: 600 });
    await waitOpen("#t-reassurance", false);
    assert.deepEqual(await events("glossary-open"), [
      { id: "t-reassurance", detail: { term: "reassurance" } },
      { id: "t-reassurance", detail: { term: "reassurance" } },
    ]);
    await assertQuiet();
  });

  test("slider: the keyboard moves it, deterrence-change reports it, its text follows", async () => {
    await open("slider-host.html");
    await wk.waitFor("return document.querySelector('#s[data-ready]')", { message: "slider ready" });
    await clearEvents();
    const read = () =>
      wk.execute(`const el = document.getElementById("s");
        const input = __q("#s", "[data-testid=slider-input]");
        return {
          value: el.value,
          input: input.value,
          valuetext: input.getAttribute("aria-valuetext"),
          zone: __q("#s", "[data-testid=slider-zone]").textContent.trim(),
          live: __q("#s", "[data-testid=slider-live]").textContent.trim(),
          dataZone: __q("#s", ".ds").dataset.zone,
        };`);
    assert.deepEqual(await read(), { value: 40, input: "40", valuetext: "balanced (40/100)", zone: "Balanced 40/100", live: "Balanced", dataZone: "balanced" });

    await wk.execute("document.getElementById('before').focus()");
    await wk.keys(KEY.Tab);
    assert.equal(await focused(), "s:slider-input", "Tab reaches the slider");

    await wk.keys(KEY.ArrowRight);
    await wk.waitFor("return document.getElementById('s').value === 41", { message: "value 41" });
    assert.deepEqual(await read(), { value: 41, input: "41", valuetext: "balanced (41/100)", zone: "Balanced 41/100", live: "Balanced", dataZone: "balanced" });

    await wk.keys(KEY.End);
    await wk.waitFor("return document.getElementById('s').value === 100", { message: "value 100" });
    assert.deepEqual(await read(), {
      value: 100,
      input: "100",
      valuetext: "reassurance only (100/100)",
      zone: "Reassurance only 100/100",
      live: "Reassurance only",
      dataZone: "reassurance-only",
    });

    await wk.keys(KEY.Home);
    await wk.waitFor("return document.getElementById('s').value === 0", { message: "value 0" });
    assert.equal((await read()).zone, "Deterrence only 0/100");

    // One event per key, from the element, with its value and zone.
    assert.deepEqual(await events("deterrence-change"), [
      { id: "s", detail: { value: 41, zone: "balanced", risk: 22 } },
      { id: "s", detail: { value: 100, zone: "reassurance-only", risk: 52 } },
      { id: "s", detail: { value: 0, zone: "deterrence-only", risk: 81 } },
    ]);
    await assertQuiet();
  });

  // The map: el.selected, the selected attribute, aria-pressed, the card.
  const mapState = (id) =>
    wk.execute(
      `const el = document.getElementById(arguments[0]);
      const card = __q("#" + arguments[0], "[data-testid=map-card]");
      return {
        selected: el.selected,
        attribute: el.getAttribute("hotspot"),
        pressed: [...el.shadowRoot.querySelectorAll("[data-testid=map-hotspot]")].filter((b) => b.getAttribute("aria-pressed") === "true").map((b) => b.dataset.id),
        card: card?.dataset.id ?? null,
        cardShown: !!card && card.getBoundingClientRect().height > 0,
      };`,
      id,
    );
  const waitSelected = (id, value) =>
    wk.waitFor("const c = __q('#' + arguments[0], '[data-testid=map-card]'); return document.getElementById(arguments[0]).selected === arguments[1] && (arguments[1] === null ? !c : c?.dataset.id === arguments[1]);", {
      args: [id, value],
      message: `#${id} selected ${value}`,
    });

  test("map: a click selects a hotspot, fires hotspot-select and shows its card", async () => {
    await open("map-host.html");
    await wk.waitFor("return document.querySelector('#wide[data-ready]') && document.querySelector('#narrow[data-ready]')", { message: "maps ready" });
    await clearEvents();
    assert.deepEqual(await mapState("wide"), { selected: null, attribute: null, pressed: [], card: null, cardShown: false });

    const hotspot = (id) => wk.element("return __q('#wide', '[data-testid=map-hotspot][data-id=' + arguments[0] + ']')", id);
    await wk.click(await hotspot("taiwan"));
    await waitSelected("wide", "taiwan");
    assert.deepEqual(await mapState("wide"), { selected: "taiwan", attribute: "taiwan", pressed: ["taiwan"], card: "taiwan", cardShown: true });
    const text = await wk.execute("return __q('#wide', '[data-testid=map-card]').innerText");
    assert.match(text, /Taiwan/);
    assert.match(text, /Checked against the record up to \d{1,2} [A-Z][a-z]+ \d{4}/);
    // Wide (a container query): the card sits beside the map.
    const layout = await wk.execute(`const box = (s) => { const r = __q("#wide", s).getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height }; };
      return { frame: box(".hm-frame"), side: box(".hm-side") };`);
    assert.ok(layout.side.x >= layout.frame.x + layout.frame.width - 1, `card beside the map: ${JSON.stringify(layout)}`);

    // Another hotspot moves the selection; the map's own clear button clears it.
    await wk.click(await hotspot("korean-peninsula"));
    await waitSelected("wide", "korean-peninsula");
    assert.deepEqual((await mapState("wide")).pressed, ["korean-peninsula"]);
    await wk.click(await wk.element("return __q('#wide', '[data-testid=map-clear]')"));
    await waitSelected("wide", null);
    assert.deepEqual(await mapState("wide"), { selected: null, attribute: null, pressed: [], card: null, cardShown: false });

    // Narrow (320 px column): selected from its attribute, the card below the map.
    const narrow = await mapState("narrow");
    assert.deepEqual(narrow, { selected: "east-china-sea", attribute: "east-china-sea", pressed: ["east-china-sea"], card: "east-china-sea", cardShown: true });
    const below = await wk.execute(`const f = __q("#narrow", ".hm-frame").getBoundingClientRect(); const c = __q("#narrow", "[data-testid=map-card]").getBoundingClientRect();
      return c.y >= f.y + f.height - 1 && f.width <= 320;`);
    assert.ok(below, "narrow: the card goes below the map");

    assert.deepEqual(await events("hotspot-select"), [
      { id: "wide", detail: { id: "taiwan" } },
      { id: "wide", detail: { id: "korean-peninsula" } },
      { id: "wide", detail: { id: null } },
    ]);
    await assertQuiet();
  });

  test("map: a layer's checkbox draws it, fires layers-change and shows its legend (issue 22)", async () => {
    await open("map-host.html");
    await wk.waitFor("return document.querySelector('#wide[data-ready]')", { message: "map ready" });
    await clearEvents();
    const first = await wk.execute("return __q('#wide', '[data-testid=map-layer]').value");
    await wk.click(await wk.element("return __q('#wide', '[data-testid=map-layer]')"));
    await wk.waitFor("return document.getElementById('wide').layers === arguments[0] && !!__q('#wide', '.hm-drawn [data-layer=' + arguments[0] + ']') && !!__q('#wide', '.hm-legend')", {
      args: [first],
      message: `layer ${first} drawn`,
    });
    assert.equal(await wk.execute("return document.getElementById('wide').getAttribute('layers')"), first);
    assert.match(await wk.execute("return __q('#wide', '[data-testid=map-layer-status]').textContent"), /shown on the map/);
    await wk.click(await wk.element("return __q('#wide', '[data-testid=map-layer]')"));
    await wk.waitFor("return document.getElementById('wide').layers === '' && !__q('#wide', '.hm-drawn [data-layer]')", { message: "layer off" });
    assert.deepEqual(await events("layers-change"), [
      { id: "wide", detail: { layers: first } },
      { id: "wide", detail: { layers: "" } },
    ]);
    await assertQuiet();
  });

  test("map: the keyboard moves between hotspots, Enter and Space select, Escape clears", async () => {
    await open("map-host.html");
    await wk.waitFor("return document.querySelector('#wide[data-ready]') && document.querySelector('#narrow[data-ready]')", { message: "maps ready" });
    await clearEvents();
    await wk.execute("document.getElementById('before').focus()");
    await wk.keys(KEY.Tab);
    assert.equal(await focused(), "wide:korean-peninsula", "Tab enters the map at the northernmost hotspot");
    await wk.keys(KEY.Tab);
    assert.equal(await focused(), "wide:east-china-sea", "Tab moves between hotspots");
    await wk.keys(KEY.ArrowRight);
    assert.equal(await focused(), "wide:taiwan", "ArrowRight moves to the next");
    assert.equal((await mapState("wide")).selected, null, "moving focus selects nothing");

    await wk.keys(KEY.Enter);
    await waitSelected("wide", "taiwan");
    assert.deepEqual(await mapState("wide"), { selected: "taiwan", attribute: "taiwan", pressed: ["taiwan"], card: "taiwan", cardShown: true });

    await wk.keys(KEY.ArrowDown, KEY.Space);
    await waitSelected("wide", "south-china-sea");
    assert.equal(await focused(), "wide:south-china-sea");
    assert.deepEqual((await mapState("wide")).pressed, ["south-china-sea"]);
    assert.match(await wk.execute("return __q('#wide', '[data-testid=map-card]').innerText"), /South China Sea/);

    await wk.keys(KEY.Escape);
    await waitSelected("wide", null);
    assert.equal(await focused(), "wide:south-china-sea", "focus stays on the hotspot");
    // Space and Enter select once each (keydown and the button's own activation do not double up).
    assert.deepEqual(await events("hotspot-select"), [
      { id: "wide", detail: { id: "taiwan" } },
      { id: "wide", detail: { id: "south-china-sea" } },
      { id: "wide", detail: { id: null } },
    ]);
    await assertQuiet();
  });

  // The checks above assert that the recorder heard nothing: here it must hear each kind.
  test("the recorder hears page errors, rejections, failed loads, console errors and warnings", async () => {
    await open("slider-host.html");
    await wk.execute(`console.error("probe error"); console.warn("probe warning");
      setTimeout(() => { throw new Error("probe throw"); });
      Promise.reject(new Error("probe rejection"));
      const s = document.createElement("script"); s.src = "/no-such-file.js"; document.head.append(s);`);
    const log = await wk.waitFor("const l = window.__wk; return l.errors.length >= 3 && l;", { message: "three page errors recorded" });
    assert.deepEqual(log.consoleErrors, ["probe error"]);
    assert.deepEqual(log.warnings, ["probe warning"]);
    assert.ok(log.errors.some((e) => e.includes("probe throw")), JSON.stringify(log.errors));
    assert.ok(log.errors.some((e) => e.includes("unhandled rejection") && e.includes("probe rejection")), JSON.stringify(log.errors));
    assert.ok(log.errors.some((e) => e.includes("failed to load <script>") && e.includes("/no-such-file.js")), JSON.stringify(log.errors));
  });
});
