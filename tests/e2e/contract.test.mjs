// The documented contract against the built one. The README is the one owner of the
// public contract (the semver API, see CHANGELOG.md): this test parses its reference
// tables (Embedding: "Attributes", "Events", the "Properties:" line, "Theming") and
// fails, naming each difference, when
// - the built bundle (dist/explainers.js loaded in Chromium from another origin) defines
//   other elements, observes other attributes, has other public properties, or fires
//   other events or event details than the README says;
// - the widgets' CSS (src/**/*.css), or the built CSS in dist/, uses other `--explainer-*` custom
//   properties (or other defaults) than the theming table;
// - types/index.d.ts declares other tags, properties, events or details.
// Run after `make build`: node --test tests/e2e/contract.test.mjs

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { pagesAndBrowser, bundleManifest } from "./host.mjs";
import { watch } from "./browser.mjs";
import { recordEvents, openTermWithKeyboard, slideToEnd, selectHotspot } from "./drive.mjs";

// --- the README ------------------------------------------------------------------

const README = readFileSync("README.md", "utf8");

/** The rows (arrays of cells) of the first Markdown table after the heading `heading`. */
function tableAfter(heading) {
  const lines = README.split("\n");
  const at = lines.findIndex((l) => l.trim() === heading);
  assert.ok(at >= 0, `README.md: no "${heading}" heading (the contract test reads its table)`);
  let i = at + 1;
  while (i < lines.length && !lines[i].startsWith("|")) {
    assert.ok(!lines[i].startsWith("#"), `README.md: no table under "${heading}"`);
    i++;
  }
  const rows = [];
  for (; i < lines.length && lines[i].startsWith("|"); i++) {
    rows.push(lines[i].split("|").slice(1, -1).map((c) => c.trim()));
  }
  return rows.slice(2); // header and separator
}

const ticked = (cell) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]);
const sorted = (xs) => [...new Set(xs)].sort();

// Tags: the elements table at the top, and the Attributes and Events tables.
const TAG = /^<?([a-z]+(?:-[a-z]+)+)>?$/;
function documentedContract() {
  const tags = new Set();
  for (const row of README.split("\n").filter((l) => l.startsWith("| `<"))) {
    for (const t of ticked(row.split("|")[1])) if (TAG.test(t)) tags.add(TAG.exec(t)[1]);
  }
  const attributes = {}; // tag -> attribute names; "all" -> shared
  for (const [element, attribute] of tableAfter("### Attributes (all may change at any time; the widget follows)")) {
    const el = element === "all" ? "all" : ticked(element)[0];
    assert.ok(el, `README.md Attributes table: cannot read the element in "${element}"`);
    if (el !== "all") tags.add(el);
    (attributes[el] ??= []).push(...ticked(attribute));
  }
  const events = {}; // name -> { from: tags or "all", detail: keys or null }
  for (const [name, from, detail] of tableAfter("### Events (bubbling, composed `CustomEvent`s)")) {
    const froms = from.startsWith("every element") ? "all" : ticked(from);
    if (froms !== "all") for (const t of froms) tags.add(t);
    const keys = /^`\{([^}]*)\}`/.exec(detail);
    events[ticked(name)[0]] = { from: froms, detail: keys ? sorted(keys[1].split(",").map((k) => k.trim()).filter(Boolean)) : null };
  }
  // Properties: element, `el.name`, type, and what setting it does ("sets `attr`", or
  // "read-only").
  const properties = {}; // tag -> { name: attribute it sets, or null }
  for (const [element, name, , setting] of tableAfter("### Properties")) {
    const tag = ticked(element)[0];
    const prop = /^el\.(\w+)$/.exec(ticked(name)[0] ?? "")?.[1];
    assert.ok(tag && prop, `README.md Properties table: cannot read "${element} | ${name}"`);
    const sets = /^sets `([\w-]+)`/.exec(setting)?.[1] ?? null;
    assert.ok(sets || setting === "read-only", `README.md Properties table: el.${prop} must say "sets \`attribute\`" or "read-only"`);
    if (sets) assert.ok((attributes[tag] ?? []).includes(sets), `README.md: el.${prop} sets \`${sets}\`, not an attribute of <${tag}>`);
    (properties[tag] ??= {})[prop] = sets;
  }
  const perTag = {};
  for (const tag of tags) {
    const own = [...(attributes.all ?? []), ...(attributes[tag] ?? [])];
    perTag[tag] = { attributes: sorted(own), properties: sorted(Object.keys(properties[tag] ?? {})), sets: properties[tag] ?? {} };
  }
  // Theming: names and, where the row gives one per name, their defaults.
  const custom = {};
  for (const [names, defaults] of tableAfter("### Theming: inherited CSS custom properties")) {
    const ns = ticked(names).filter((n) => n.startsWith("--explainer-"));
    const ds = ticked(defaults);
    for (const [i, n] of ns.entries()) custom[n] = ds.length === ns.length ? ds[i] : null;
  }
  return { tags: sorted(tags), perTag, events, custom };
}

const DOC = documentedContract();

/** `a` and `b` (sorted arrays) as a list of differences, or []. */
function diff(what, documented, built, builtName = "the bundle") {
  const out = [];
  for (const x of documented) if (!built.includes(x)) out.push(`${what}: "${x}" is documented in README.md but not in ${builtName}`);
  for (const x of built) if (!documented.includes(x)) out.push(`${what}: "${x}" is in ${builtName} but not documented in README.md`);
  return out;
}

function assertNoDifferences(differences) {
  assert.deepEqual(differences, [], `the documented contract and the built one differ:\n  ${differences.join("\n  ")}`);
}

test("README: the contract tables are readable", () => {
  assert.deepEqual(DOC.tags, ["deterrence-slider", "glossary-scope", "glossary-term", "hotspot-map"]);
  assert.ok(Object.keys(DOC.events).length >= 4, JSON.stringify(DOC.events));
  assert.ok(Object.keys(DOC.custom).length >= 10, JSON.stringify(DOC.custom));
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

test("CSS: the custom properties in the widgets' CSS (src/**/*.css) and in the built CSS are the README's", async () => {
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
  for (const v of Object.values(manifest.variants)) if (v.css) built.push(...customPropertiesIn(readFileSync(join("dist", v.css), "utf8"), `dist/${v.css}`, {}));
  differences.push(...diff("CSS custom property", Object.keys(DOC.custom).sort(), sorted(built), "the built CSS (dist/)"));
  for (const [name, documented] of Object.entries(DOC.custom)) {
    if (documented === null) continue;
    for (const { value, where } of defaults[name] ?? []) {
      if (value.toLowerCase() !== documented.toLowerCase()) differences.push(`CSS custom property ${name}: default ${value} in ${where}, README.md says ${documented}`);
    }
  }
  assertNoDifferences(differences);
});

// --- TypeScript declarations ------------------------------------------------------

test("types/index.d.ts: the tags, properties, events and details are the README's", () => {
  const dts = readFileSync("types/index.d.ts", "utf8");
  const body = (name) => {
    const m = new RegExp(`interface ${name}\\b[^{]*\\{(\\}|[\\s\\S]*?\\n\\s*\\})`).exec(dts);
    assert.ok(m, `types/index.d.ts: no interface ${name}`);
    return m[1].replace(/\/\*\*[\s\S]*?\*\//g, "").replace(/\/\/.*$/gm, "");
  };
  const members = (name) => [...body(name).matchAll(/^\s*(?:readonly\s+)?"?([\w-]+)"?\??\s*:\s*([^;]+);/gm)].map((m) => [m[1], m[2].trim()]);
  const differences = [];
  const tagMap = Object.fromEntries(members("HTMLElementTagNameMap"));
  differences.push(...diff("tag", DOC.tags, sorted(Object.keys(tagMap)), "types/index.d.ts"));
  for (const [tag, iface] of Object.entries(tagMap)) {
    if (!DOC.perTag[tag]) continue;
    const props = members(iface).map(([n]) => n);
    differences.push(...diff(`<${tag}> property`, DOC.perTag[tag].properties, sorted(props), "types/index.d.ts"));
  }
  const eventMap = Object.fromEntries(members("ExplainerEventMap"));
  differences.push(...diff("event", Object.keys(DOC.events).sort(), sorted(Object.keys(eventMap)), "types/index.d.ts"));
  for (const [name, type] of Object.entries(eventMap)) {
    const doc = DOC.events[name];
    if (!doc) continue;
    const detail = /^CustomEvent<(\w+)>$/.exec(type)?.[1];
    const keys = detail === "null" ? null : sorted(members(detail).map(([n]) => n));
    if (JSON.stringify(keys) !== JSON.stringify(doc.detail)) {
      differences.push(`event ${name}: detail ${JSON.stringify(keys)} in types/index.d.ts, README.md says ${JSON.stringify(doc.detail)}`);
    }
  }
  assertNoDifferences(differences);
});

// Issue 23: the Custom Elements Manifest the package ships (generated from widget.toml)
// is valid against the published schema and declares the README's contract.
test("custom-elements.json: valid against the schema, the README's tags, attributes, properties and events", async () => {
  const { default: Ajv } = await import("ajv");
  const schema = JSON.parse(readFileSync("node_modules/custom-elements-manifest/schema.json", "utf8"));
  const cem = JSON.parse(readFileSync("custom-elements.json", "utf8"));
  const ajv = new Ajv({ allErrors: true, strict: false });
  const valid = ajv.validate(schema, cem);
  assert.ok(valid, `custom-elements.json does not match the schema: ${ajv.errorsText(ajv.errors)}`);
  const pkg = JSON.parse(readFileSync("package.json", "utf8"));
  assert.equal(pkg.customElements, "custom-elements.json");
  assert.ok(pkg.files.includes("custom-elements.json"), "the package ships the manifest");
  const declarations = cem.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement);
  const differences = [];
  differences.push(...diff("tag", DOC.tags, sorted(declarations.map((d) => d.tagName)), "custom-elements.json"));
  for (const d of declarations) {
    const doc = DOC.perTag[d.tagName];
    if (!doc) continue;
    differences.push(...diff(`<${d.tagName}> attribute`, doc.attributes, sorted((d.attributes ?? []).map((a) => a.name)), "custom-elements.json"));
    differences.push(...diff(`<${d.tagName}> property`, doc.properties, sorted((d.members ?? []).filter((m) => m.kind === "field").map((m) => m.name)), "custom-elements.json"));
  }
  // Each event the README documents for given elements is declared on them; every
  // declared event is documented.
  for (const [name, ev] of Object.entries(DOC.events)) {
    if (ev.from === "all") continue;
    for (const tag of ev.from) {
      const d = declarations.find((x) => x.tagName === tag);
      if (!d?.events?.some((e) => e.name === name)) differences.push(`event ${name}: documented for <${tag}> in README.md but not in custom-elements.json`);
    }
  }
  for (const d of declarations) for (const e of d.events ?? []) if (!DOC.events[e.name]) differences.push(`event ${e.name}: in custom-elements.json but not documented in README.md`);
  assertNoDifferences(differences);
});

// --- the built bundle, in a browser -----------------------------------------------

const env = pagesAndBrowser();

test("the bundle: elements, observed attributes, properties and events are the README's", async () => {
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
          // A term in a widget's own prose (README: it announces itself to that widget only).
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
      if (e.composed) differences.push(`event ${e.type} from <${e.tag}> inside a widget: composed; README.md says it stays inside that widget`);
    } else if (!e.bubbles || !e.composed) differences.push(`event ${e.type} from <${e.tag}>: bubbles ${e.bubbles}, composed ${e.composed}; README.md says both`);
    if (doc.from !== "all" && !doc.from.includes(e.tag)) differences.push(`event ${e.type}: fired by <${e.tag}>, README.md says it comes from ${doc.from.map((t) => `<${t}>`).join(", ")}`);
    if (JSON.stringify(e.detail) !== JSON.stringify(doc.detail)) {
      differences.push(`event ${e.type} from <${e.tag}>: detail ${JSON.stringify(e.detail)}, README.md says ${JSON.stringify(doc.detail)}`);
    }
  }
  for (const [type, doc] of Object.entries(DOC.events)) {
    const from = doc.from === "all" ? DOC.tags : doc.from;
    for (const tag of from) {
      if (!dispatched.some((e) => e.type === type && e.tag === tag)) differences.push(`event ${type}: documented from <${tag}>, which did not fire it when used`);
    }
  }
  assertNoDifferences(differences);

  // The properties read the state as the README says, current at once, and setting one
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
