// The documented contract against the built one. Each widget's widget.toml is the one
// owner of the elements' names; the content compiler generates from it the Custom
// Elements Manifest (custom-elements.json, in the package), the TypeScript declarations
// (types/index.d.ts) and the reference tables of docs/api.md (native tests and
// `make lint` fail when one is stale). This test takes the manifest as the documented
// contract (each event's detail fields from the declarations' detail interfaces, the
// CSS custom properties with their defaults and each element's parts) and fails,
// naming each difference, when
// - the built bundle (dist/explainers.js loaded in Chromium from another origin) defines
//   other elements, observes other attributes, has other public properties, fires other
//   events or event details, or renders other parts than documented;
// - the widgets' CSS (src/**/*.css), or the built CSS in dist/, uses other `--explainer-*` custom
//   properties (or other defaults) than the manifest;
// - types/index.d.ts declares other tags, properties or events than the manifest.
// Run after `make build`: node --test tests/e2e/contract.test.mjs

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { pagesAndBrowser, bundleManifest } from "./host.mjs";
import { watch } from "./browser.mjs";
import { recordEvents, openTermWithKeyboard, slideToEnd, selectHotspot } from "./drive.mjs";

// --- the documented contract ----------------------------------------------------------

const MANIFEST = "custom-elements.json";
const API = "docs/api.md";
const DTS = "types/index.d.ts";
const API_TEXT = readFileSync(API, "utf8");
const CEM = JSON.parse(readFileSync(MANIFEST, "utf8"));
const DTS_TEXT = readFileSync(DTS, "utf8");


const sorted = (xs) => [...new Set(xs)].sort();

/** The body of `interface name` in types/index.d.ts, without comments. */
function interfaceBody(name) {
  const m = new RegExp(`interface ${name}\\b[^{]*\\{(\\}|[\\s\\S]*?\\n\\s*\\})`).exec(DTS_TEXT);
  assert.ok(m, `${DTS}: no interface ${name}`);
  return m[1].replace(/\/\*\*[\s\S]*?\*\//g, "").replace(/\/\/.*$/gm, "");
}
/** The members of `interface name` in types/index.d.ts: [name, type] pairs. */
const members = (name) => [...interfaceBody(name).matchAll(/^\s*(?:readonly\s+)?"?([\w-]+)"?\??\s*:\s*([^;]+);/gm)].map((m) => [m[1], m[2].trim()]);

const declarations = CEM.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement);

function documentedContract() {
  const tags = sorted(declarations.map((d) => d.tagName));
  const perTag = {};
  const events = {}; // name -> { from: tags or "all", detail: keys or null }
  for (const d of declarations) {
    const fields = (d.members ?? []).filter((m) => m.kind === "field");
    perTag[d.tagName] = {
      attributes: sorted((d.attributes ?? []).map((a) => a.name)),
      properties: sorted(fields.map((m) => m.name)),
      // The attribute setting a property sets, or null for a read-only one.
      sets: Object.fromEntries(fields.map((m) => [m.name, m.readonly ? null : m.attribute])),
    };
    for (const e of d.events ?? []) {
      const detail = /^CustomEvent<(\w+)>$/.exec(e.type?.text ?? "")?.[1];
      const keys = detail ? sorted(members(detail).map(([n]) => n)) : null;
      const known = events[e.name];
      if (known) assert.deepEqual(known.detail, keys, `${MANIFEST}: event ${e.name} has two detail types`);
      (events[e.name] ??= { from: [], detail: keys }).from.push(d.tagName);
    }
  }
  for (const ev of Object.values(events)) if (sorted(ev.from).join() === tags.join()) ev.from = "all";
  // Custom properties (every element reads the same ones) and each element's parts.
  const custom = {};
  for (const d of declarations) for (const c of d.cssProperties ?? []) custom[c.name] = c.default ?? null;
  const parts = {};
  for (const d of declarations) if (d.cssParts?.length) parts[d.tagName] = sorted(d.cssParts.map((p) => p.name));
  return { tags, perTag, events, custom, parts };
}

const DOC = documentedContract();

/** `a` and `b` (sorted arrays) as a list of differences, or []. */
function diff(what, documented, built, builtName = "the bundle", docName = MANIFEST) {
  const out = [];
  for (const x of documented) if (!built.includes(x)) out.push(`${what}: "${x}" is documented in ${docName} but not in ${builtName}`);
  for (const x of built) if (!documented.includes(x)) out.push(`${what}: "${x}" is in ${builtName} but not documented in ${docName}`);
  return out;
}

function assertNoDifferences(differences) {
  assert.deepEqual(differences, [], `the documented contract and the built one differ:\n  ${differences.join("\n  ")}`);
}

test("the documented contract is readable: the manifest and the detail interfaces", () => {
  assert.deepEqual(DOC.tags, ["deterrence-slider", "glossary-scope", "glossary-term", "hotspot-map"]);
  assert.equal(DOC.events["explainer-ready"]?.from, "all", JSON.stringify(DOC.events));
  assert.deepEqual(DOC.events["deterrence-change"], { from: ["deterrence-slider"], detail: ["risk", "value", "zone"] });
  assert.ok(Object.keys(DOC.events).length >= 5, JSON.stringify(DOC.events));
  assert.ok(Object.keys(DOC.custom).length >= 10, JSON.stringify(DOC.custom));
  assert.deepEqual(DOC.parts, { "deterrence-slider": ["slider"], "glossary-term": ["popover", "trigger"] });
  // docs/api.md's generated reference names every element the manifest declares.
  for (const tag of DOC.tags) assert.ok(API_TEXT.includes(`### \`<${tag}>\``), `${API}: no reference section for <${tag}>`);
});

// --- CSS custom properties --------------------------------------------------------

function customPropertiesIn(css, where, defaults) {
  const names = [];
  for (const m of css.matchAll(/var\(\s*(--explainer-[a-z0-9-]+)\s*(?:,\s*([^)]*))?\)/g)) {
    names.push(m[1]);
    if (m[2] !== undefined) (defaults[m[1]] ??= []).push({ value: m[2].trim(), where });
  }
  return names;
}

test("CSS: the custom properties in the widgets' CSS (src/**/*.css) and in the built CSS are the manifest's", async () => {
  const differences = [];
  const defaults = {};
  const source = [];
  const widgetCss = readdirSync("src", { recursive: true }).filter((f) => f.endsWith(".css")).sort();
  assert.ok(widgetCss.length >= 4, `the widgets' CSS beside them in src/: ${widgetCss}`);
  for (const f of widgetCss) {
    source.push(...customPropertiesIn(readFileSync(join("src", f), "utf8"), `src/${f}`, defaults));
  }
  differences.push(...diff("CSS custom property", Object.keys(DOC.custom).sort(), sorted(source), "src/**/*.css"));
  const manifest = await bundleManifest();
  const built = customPropertiesIn(manifest.css, "the manifest's CSS", {});
  // Each variant's CSS is in its glue (`CSS`), which runs in Node as far as its exports.
  for (const v of Object.values(manifest.variants)) built.push(...customPropertiesIn((await import(pathToFileURL(resolve("dist", v.js)).href)).CSS, `dist/${v.js}'s CSS`, {}));
  differences.push(...diff("CSS custom property", Object.keys(DOC.custom).sort(), sorted(built), "the built CSS (dist/)"));
  for (const [name, documented] of Object.entries(DOC.custom)) {
    if (documented === null) continue;
    // A fallback that is another var() chain (the font stack) is described in words.
    for (const { value, where } of (defaults[name] ?? []).filter((d) => !d.value.includes("var("))) {
      if (value.toLowerCase() !== documented.toLowerCase()) differences.push(`CSS custom property ${name}: default ${value} in ${where}, ${MANIFEST} says ${documented}`);
    }
  }
  assertNoDifferences(differences);
});

// --- TypeScript declarations ------------------------------------------------------

test("types/index.d.ts: the tags, properties and events are the manifest's", () => {
  const differences = [];
  const tagMap = Object.fromEntries(members("HTMLElementTagNameMap"));
  differences.push(...diff("tag", DOC.tags, sorted(Object.keys(tagMap)), DTS));
  for (const [tag, iface] of Object.entries(tagMap)) {
    if (!DOC.perTag[tag]) continue;
    const props = members(iface).map(([n]) => n);
    differences.push(...diff(`<${tag}> property`, DOC.perTag[tag].properties, sorted(props), DTS));
  }
  const eventMap = Object.fromEntries(members("ExplainerEventMap"));
  differences.push(...diff("event", Object.keys(DOC.events).sort(), sorted(Object.keys(eventMap)), DTS));
  for (const [name, type] of Object.entries(eventMap)) {
    const doc = DOC.events[name];
    if (!doc) continue;
    const detail = /^CustomEvent<(\w+)>$/.exec(type)?.[1];
    const keys = detail === "null" ? null : sorted(members(detail).map(([n]) => n));
    if (JSON.stringify(keys) !== JSON.stringify(doc.detail)) {
      differences.push(`event ${name}: detail ${JSON.stringify(keys)} in ${DTS}, ${MANIFEST} names ${JSON.stringify(doc.detail)}`);
    }
  }
  assertNoDifferences(differences);
});

// Issue 23: the Custom Elements Manifest the package ships (generated from widget.toml)
// is valid against the published schema, and the package names it.
test("custom-elements.json: valid against the schema, named by package.json and shipped", async () => {
  const { default: Ajv } = await import("ajv");
  const schema = JSON.parse(readFileSync("node_modules/custom-elements-manifest/schema.json", "utf8"));
  const ajv = new Ajv({ allErrors: true, strict: false });
  const valid = ajv.validate(schema, CEM);
  assert.ok(valid, `${MANIFEST} does not match the schema: ${ajv.errorsText(ajv.errors)}`);
  const pkg = JSON.parse(readFileSync("package.json", "utf8"));
  assert.equal(pkg.customElements, MANIFEST);
  assert.ok(pkg.files.includes(MANIFEST), "the package ships the manifest");
});

// --- the built bundle, in a browser -----------------------------------------------

const env = pagesAndBrowser();

test("the bundle: elements, observed attributes, properties, events and parts are the documented ones", async () => {
  const page = await env.browser.newPage();
  const log = watch(page);
  // Record every element the bundle defines, and every CustomEvent it dispatches.
  await page.addInitScript(() => {
    window.__defined = [];
    const define = CustomElementRegistry.prototype.define;
    CustomElementRegistry.prototype.define = function (name, cls, options) {
      window.__defined.push(name);
      return define.call(this, name, cls, options);
    };
    window.__dispatched = [];
    const dispatch = EventTarget.prototype.dispatchEvent;
    EventTarget.prototype.dispatchEvent = function (event) {
      if (event instanceof CustomEvent && this instanceof Element && window.__defined.includes(this.localName)) {
        const d = event.detail;
        window.__dispatched.push({
          type: event.type,
          tag: this.localName,
          bubbles: event.bubbles,
          composed: event.composed,
          // A term in a widget's own prose (docs/api.md: it announces itself to that widget only).
          inside: (() => {
            const root = this.getRootNode();
            return root instanceof ShadowRoot && window.__defined.includes(root.host.localName);
          })(),
          detail: d === null || d === undefined ? null : Object.keys(d).sort(),
          types: d === null || d === undefined ? null : Object.fromEntries(Object.entries(d).map(([k, v]) => [k, v === null ? "null" : typeof v])),
        });
      }
      return dispatch.call(this, event);
    };
  });
  await recordEvents(page);
  await page.goto(env.pages.host.url + "contract-host.html");
  await page.waitForFunction(() => window.__defined.length > 0);

  const built = await page.evaluate(() => {
    const out = {};
    for (const tag of window.__defined) {
      const cls = customElements.get(tag);
      const properties = [];
      for (let p = cls.prototype; p && p !== HTMLElement.prototype; p = Object.getPrototypeOf(p)) {
        for (const name of Object.getOwnPropertyNames(p)) {
          if (name === "constructor" || name.startsWith("_") || /Callback$/.test(name)) continue;
          properties.push(name);
        }
      }
      out[tag] = { attributes: [...new Set(cls.observedAttributes ?? [])].sort(), properties: [...new Set(properties)].sort() };
    }
    return out;
  });
  const differences = diff("element", DOC.tags, Object.keys(built).sort());
  for (const tag of DOC.tags.filter((t) => built[t])) {
    differences.push(...diff(`<${tag}> attribute`, DOC.perTag[tag].attributes, built[tag].attributes));
    differences.push(...diff(`<${tag}> property`, DOC.perTag[tag].properties, built[tag].properties));
  }

  // Use every element, so that every event fires.
  await openTermWithKeyboard(page, "#term", "#before");
  await slideToEnd(page, "#slider");
  await selectHotspot(page, "#map", "taiwan");
  // A layer's checkbox (issue 22).
  await page.click("#map [data-testid=map-layer]");
  await page.waitForFunction(() => window.__dispatched.some((e) => e.type === "layers-change"));
  await page.locator("#scope").scrollIntoViewIfNeeded();
  await page.waitForSelector("#scope[data-ready]");
  await page.evaluate(() => (document.querySelector("#map").selected = null));
  await page.waitForFunction(() => window.__dispatched.some((e) => e.type === "hotspot-select" && e.types?.id === "null"));

  const dispatched = await page.evaluate(() => window.__dispatched);
  const firedTypes = sorted(dispatched.map((e) => e.type));
  differences.push(...diff("event", Object.keys(DOC.events).sort(), firedTypes));
  for (const e of dispatched) {
    const doc = DOC.events[e.type];
    if (!doc) continue;
    if (e.inside && e.type === "explainer-ready") {
      if (e.composed) differences.push(`event ${e.type} from <${e.tag}> inside a widget: composed; ${API} says it stays inside that widget`);
    } else if (!e.bubbles || !e.composed) differences.push(`event ${e.type} from <${e.tag}>: bubbles ${e.bubbles}, composed ${e.composed}; ${API} says both`);
    if (doc.from !== "all" && !doc.from.includes(e.tag)) differences.push(`event ${e.type}: fired by <${e.tag}>, ${MANIFEST} says it comes from ${doc.from.map((t) => `<${t}>`).join(", ")}`);
    if (JSON.stringify(e.detail) !== JSON.stringify(doc.detail)) {
      differences.push(`event ${e.type} from <${e.tag}>: detail ${JSON.stringify(e.detail)}, ${MANIFEST} and ${DTS} say ${JSON.stringify(doc.detail)}`);
    }
  }
  for (const [type, doc] of Object.entries(DOC.events)) {
    const from = doc.from === "all" ? DOC.tags : doc.from;
    for (const tag of from) {
      if (!dispatched.some((e) => e.type === type && e.tag === tag)) differences.push(`event ${type}: documented from <${tag}>, which did not fire it when used`);
    }
  }
  // The parts each element's own shadow root exposes, now that every element has been
  // used (a term's popover stays in its shadow root once it has opened), in the page and
  // inside the widgets' shadow roots.
  const parts = await page.evaluate(() => {
    const out = {};
    const visit = (root) => {
      for (const el of root.querySelectorAll("*")) {
        if (!el.shadowRoot) continue;
        if (window.__defined.includes(el.localName)) {
          for (const p of el.shadowRoot.querySelectorAll("[part]")) (out[el.localName] ??= []).push(...p.getAttribute("part").split(/\s+/).filter(Boolean));
        }
        visit(el.shadowRoot);
      }
    };
    visit(document);
    return out;
  });
  for (const tag of sorted([...Object.keys(DOC.parts), ...Object.keys(parts)])) {
    differences.push(...diff(`<${tag}> part`, DOC.parts[tag] ?? [], sorted(parts[tag] ?? []), "the bundle's shadow roots"));
  }
  assertNoDifferences(differences);

  // The properties read the state as documented, current at once, and setting one
  // sets the attribute its row names (a read-only one cannot be set).
  const props = await page.evaluate((sets) => {
    const s = document.querySelector("#slider");
    const m = document.querySelector("#map");
    const out = { value: typeof s.value, risk: typeof s.risk, selectedNone: m.selected };
    s.value = 30;
    out.valueAttr = s.getAttribute(sets["deterrence-slider"].value);
    out.valueNow = s.value;
    m.selected = "east-china-sea";
    out.selectedAttr = m.getAttribute(sets["hotspot-map"].selected);
    out.selectedNow = m.selected;
    const risk = s.risk;
    try {
      s.risk = 1;
    } catch {
      // A read-only accessor throws in strict code.
    }
    out.riskKept = s.risk === risk;
    return out;
  }, Object.fromEntries(Object.entries(DOC.perTag).map(([t, p]) => [t, p.sets])));
  assert.deepEqual(props, {
    value: "number",
    risk: "number",
    selectedNone: null,
    valueAttr: "30",
    valueNow: 30,
    selectedAttr: "east-china-sea",
    selectedNow: "east-china-sea",
    riskKept: true,
  });
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.consoleErrors, []);
  await page.close();
});
