// east-asia-explainers loader: the one stable URL a page includes.
//
//   <script type="module" src="https://HOST/PATH/explainers.js"></script>
//
// It defines the custom elements at once and pays only for what the page uses:
// - a <glossary-term> becomes an accessible trigger at once (no wasm); the glossary
//   code and the entry load on the reader's first intent (pointer entering, focus,
//   tap), and the full widget takes over without moving focus;
// - a <glossary-scope>, <deterrence-slider> or <hotspot-map> mounts when it comes near
//   the viewport, or in idle time after the page's load event if it is displayed;
//   an element that is not displayed costs nothing until it is shown;
// - the wasm comes in variants (the glossary alone, with the slider, with the map, or
//   every widget), the smallest that fits the tags on the page; the glossary comes as
//   data files, one per entry and language.
// Every file but this one has a content hash in its name; the manifest the build
// writes below names them, so a page never mixes two releases. Loading this file twice
// (even from two URLs) is harmless. Until the wasm has loaded, and if it cannot load,
// each element shows its own light-DOM content. Nothing here throws into the host page.

import { keyIndex } from "./term-key.mjs";

// Written by scripts/bundle.mjs (null in the source tree, where nothing is built).
const MANIFEST = /*@manifest*/ null /*@end*/;

// The elements (tags, attributes, properties, and the Cargo feature of each block
// widget and feature-bound attribute) come from the manifest, generated from
// widgets/*/widget.toml.
const ELEMENTS = MANIFEST?.elements ?? { shared: [], elements: {} };
const REGISTRY_KEY = Symbol.for("east-asia-explainers");
// A term shows its loading state only when loading takes longer than this.
const BUSY_AFTER_MS = 150;

// Where the hashed files are: beside this file, under this release's exact version when
// it was loaded from an npm CDN through a version range (`…/east-asia-explainers@0.2/…`),
// so a page never mixes two releases; or where the app's `configure({ base })` says.
function baseUrl(url, version) {
  const base = new URL(".", url);
  if (version) base.pathname = base.pathname.replace(/\/east-asia-explainers@[^/]+\//, `/east-asia-explainers@${version}/`);
  return base;
}
// A bundler that took this file into an app's own script renamed it (or, as webpack
// does, put the build machine's file: URL in its place): its files are not beside it
// then, and the app says where it copied them (`configure({ base })`).
const BUNDLED = !/^https?:\/\/[^?#]*\/explainers\.js(?:[?#]|$)/.test(import.meta.url);

const state = (globalThis[REGISTRY_KEY] ??= {
  base: BUNDLED ? null : baseUrl(import.meta.url, MANIFEST?.version),
  origins: new Set(), // origins besides the page's own an author's file may come from
  manifest: MANIFEST,
  variants: {}, // name -> Promise of the initialised module
  sheets: null,
  data: new Map(), // URL -> Promise of parsed JSON
  instances: new Set(),
  warned: new Set(),
  pending: new Set(), // elements waiting to come near the viewport or for idle time
  observer: null,
  idle: false,
  trigger: null, // the term's trigger (triggerTemplate)
});
state.early ??= new Map(); // URL -> a request started before its checker was here (prefetch)

function warn(message) {
  if (state.warned.has(message)) return;
  state.warned.add(message);
  console.warn(`east-asia-explainers: ${message}`);
}

const reason = (err) => (err && err.message ? err.message : String(err));

// A file of this release, by its path in dist/.
const NO_BASE = `this loader was bundled into ${import.meta.url.slice(0, 200)} and cannot find its files: copy them with \`npx east-asia-explainers copy public/explainers\` and call configure({ base: "/explainers/" }) right after importing it`;
function file(path) {
  if (!state.base) throw new Error(NO_BASE);
  return new URL(path, state.base);
}

// Whether an element can load now: the bundle is built and its files' base is known. A
// bundled loader's elements wait for the app's configure({ base }), which comes right
// after the import; one warning names the fix if it does not.
function canLoad(el) {
  try {
    manifest();
  } catch (err) {
    warn(reason(err));
    return false;
  }
  if (htmlPolicy() === false) {
    warn(`this page requires Trusted Types and does not allow the policy "${POLICY}": add it to the page's trusted-types directive. The page's own content is shown.`);
    return false;
  }
  if (state.base) return true;
  (state.unbased ??= new Set()).add(el);
  setTimeout(() => state.base || warn(NO_BASE), 0);
  return false;
}

// Trusted Types (issue 24): the widgets' HTML (the build's own, its text escaped at
// build time) goes through one named policy, created once per page; null where the page
// does not need it, false where it requires Trusted Types and does not allow this name
// (then nothing mounts and each element keeps its own content).
const POLICY = "east-asia-explainers";
function htmlPolicy() {
  if (state.policy === undefined) {
    state.policy = null;
    try {
      if (globalThis.trustedTypes) state.policy = trustedTypes.createPolicy(POLICY, { createHTML: (s) => s });
    } catch {
      try {
        document.createElement("div").innerHTML = "";
      } catch {
        state.policy = false;
      }
    }
  }
  return state.policy;
}

const NOT_BUILT = "this explainers.js was not built (no manifest): run `make build` and load dist/explainers.js";
function manifest() {
  if (!state.manifest) throw new Error(NOT_BUILT);
  return state.manifest;
}

// The shared stylesheets: the base CSS and the glossary word's (in the manifest, so a
// term is styled before any wasm), and the variant's, which its glue carries (what every
// mounted widget shares, the popover's, and the slider's or map's).
function sheets() {
  if (!state.sheets) {
    const base = new CSSStyleSheet();
    base.replaceSync(manifest().css);
    state.sheets = { base, widgets: null };
  }
  return state.sheets;
}

// The files of a data kind's entry (src/data.rs asks for "index", or a glossary entry,
// "term", or a hotspot card, "card", with a language and an id; the manifest's `kinds`,
// from the content compiler, gives each kind's folder and table of hashes): its kind's
// integrity table in its language, its shard of that table when the table is in shards
// (`shard`: entries per shard), and the entry, whose place in the table is `at`. Throws
// the reason an entry cannot be had. (The glue's part of the loader, js/runtime.mjs,
// fetches and checks them.)
function dataPaths(kind, lang, id) {
  const m = manifest();
  if (kind === "index") return { paths: [m.index] };
  const { table, folder } = (Object.hasOwn(m.kinds, kind) && m.kinds[kind]) || {};
  const hash = table && known(table, id) ? m[table].hash : null;
  if (!hash) throw new Error(`unknown ${kind} "${String(id).slice(0, 60)}"`);
  if (!m.langs.includes(lang)) throw new Error(`no ${kind} in "${String(lang).slice(0, 20)}"`);
  const { shard } = m[table];
  const at = position(table, id);
  const paths = [`data/${folder}/${lang}.integrity.${hash}.json`, `data/${folder}/${lang}/${id}.${hash}.json`];
  if (shard) paths.splice(1, 0, `data/${folder}/${lang}.integrity.${Math.floor(at / shard)}.${hash}.json`);
  return { paths, at, shard };
}

// Requests started before the code that checks them is here (the files an element
// needs, asked for with its code, so that they arrive in parallel), by URL (a scope's
// author file by `author:` and its URL), each with a controller that can abort it (an
// author file's, when it is too slow); each is taken once (`early`), by js/runtime.mjs.
// A file already fetched, or already asked for, is not asked for again.
function ask(key, url = key) {
  if (state.data.has(key) || state.early.has(key)) return;
  const abort = new AbortController();
  const r = fetch(url, { signal: abort.signal });
  r.catch(() => {}); // its taker handles a failure; it may never be taken
  state.early.set(key, Object.assign(r, { abort }));
}
function prefetch(kind, lang, id) {
  try {
    for (const path of dataPaths(kind, lang, id).paths) ask(file(path).href);
  } catch {
    // (Whoever asks for it learns why it cannot be had.)
  }
}
// A scope's author file (its `src`; the variant picked for a scope with one reads it,
// js/runtime.mjs `authorGlossary`), when the page's own script allows its origin (the
// check `authorGlossary` makes, and warns about).
function prefetchAuthor(el) {
  const src = el.getAttribute("src")?.trim();
  try {
    const url = new URL(src, document.baseURI);
    if (src && (url.origin === location.origin || state.origins.has(url.origin))) ask(`author:${url.href}`, url);
  } catch {
    // (The scope's own request warns.)
  }
}
function early(url) {
  const r = state.early.get(url);
  state.early.delete(url);
  return r;
}

// Whether a data kind's table (`terms`, `cards`: `{ hash, ids }` or `{ hash, keys }`, one
// hash for the set, and `shard` when its integrity table is in shards) has `id`.
function known(table, id) {
  return position(table, id) >= 0;
}

// Where `id` is in a data kind's table, or -1: by its id, or by its key in a table
// carried as keys (js/term-key.mjs).
function position(table, id) {
  const t = manifest()[table];
  if (!t || typeof id !== "string") return -1;
  return t.keys ? keyIndex(t.keys, id) : t.ids.indexOf(id);
}

// The data an element needs to mount (the slider's words), as [kind, id] pairs: every
// file of each data kind whose `mounts_with` is its tag (compiler/src/data.rs).
function mountFiles(tag) {
  const m = manifest();
  return Object.entries(m.kinds)
    .filter(([, k]) => k.mounts_with === tag)
    .flatMap(([kind, k]) => (m[k.table]?.ids ?? []).map((id) => [kind, id]));
}

// A variant's glue, run only once the browser has checked it against `sri` (a module
// preload with integrity; the import then takes the module the preload checked).
function importVerified(url, sri) {
  return new Promise((resolve, reject) => {
    const link = Object.assign(document.createElement("link"), { rel: "modulepreload", href: url, integrity: sri });
    link.onload = () => resolve(import(url));
    link.onerror = () => reject(new Error(`could not load ${url}, or it is not the file this release built (integrity)`));
    document.head.append(link);
  });
}

// What the glue's part of the loader (js/runtime.mjs) uses of this one: the state they
// share (with every variant's copy) and the functions that own what it needs to know.
const LOADER = { state, warn, reason, file, sheets, htmlPolicy, dataPaths, early, mountFiles, known, langOf, inheritedLang, whenIdle, announceReady };

// A variant's code: its glue (which carries its CSS and the loader's second part,
// js/runtime.mjs) and its wasm, requested at once (not the wasm after the glue: a round
// trip less on a slow network); the wasm compiles while it arrives (compiling runs none
// of it). The glue checks the wasm against its list and runs it. Resolves to the glue's
// module once its widgets can mount.
function loadVariant(name) {
  state.variants[name] ??= (async () => {
    const files = manifest().variants[name];
    const glue = importVerified(file(files.js).href, files.sri);
    const wasm = fetch(file(files.wasm));
    wasm.catch(() => {}); // the glue takes it, if it comes
    const compiled = wasm.then((r) => WebAssembly.compileStreaming(r.clone())).catch(() => null);
    const mod = await glue;
    return mod.start(LOADER, mod, files, { wasm, compiled });
  })();
  return state.variants[name];
}

// The Cargo features the page needs: those of the block widgets on it (and `el`'s), and
// those of the attributes in use (authors' own terms: `<glossary-term definition>`,
// `<glossary-scope src>`), as widget.toml declares them: on the page, and on `el` itself
// (which may be in a shadow root, out of the document's sight).
function featuresNeeded(el) {
  const need = new Set();
  for (const [t, decl] of Object.entries(ELEMENTS.elements)) {
    if (decl.feature && (t === el.localName || document.querySelector(t))) need.add(decl.feature);
    for (const [attribute, feature] of Object.entries(decl.features ?? {})) {
      if (!need.has(feature) && ((t === el.localName && el.hasAttribute(attribute)) || document.querySelector(`${t}[${attribute}]`))) need.add(feature);
    }
  }
  return [...need];
}

// The smallest variant with every feature the page and `el` need; one already loading
// when it has them (every variant has the glossary).
function variantFor(el) {
  const need = featuresNeeded(el);
  const loading = Object.keys(state.variants);
  const fits = Object.entries(manifest().variants)
    .filter(([, v]) => need.every((f) => v.features.includes(f)))
    .sort((a, b) => a[1].features.length - b[1].features.length)
    .map(([name]) => name);
  return fits.find((name) => loading.includes(name)) ?? fits[0];
}

// The language an element renders in: its own `lang`, else its ancestors', else the
// content's first (the manifest's `langs`). (The widget decides for itself; the loader
// only uses this to fetch ahead.)
function langOf(el) {
  const { langs } = manifest();
  const pick = (raw) => {
    const p = (raw ?? "").trim().toLowerCase().split(/[-_]/)[0];
    return langs.includes(p) ? p : null;
  };
  return pick(el.getAttribute("lang")) ?? pick(inheritedLang(el)) ?? langs[0];
}

// The nearest ancestor's lang, looking through shadow roots.
function inheritedLang(el) {
  let node = el.parentNode;
  while (node) {
    if (node.nodeType === Node.ELEMENT_NODE && node.hasAttribute("lang")) {
      return node.getAttribute("lang");
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return null;
}

const displayed = (el) => el.getClientRects().length > 0;

// Block widgets and scopes wait until they come near the viewport, or until idle
// time after the load event if they are displayed.
function schedule(el) {
  state.pending.add(el);
  state.observer ??= new IntersectionObserver(
    (entries) => {
      for (const e of entries) if (e.isIntersecting) wake(e.target);
    },
    { rootMargin: "100% 0px" },
  );
  state.observer.observe(el);
  if (state.idle) whenIdle(() => el.isConnected && displayed(el) && wake(el));
}

function wake(el) {
  if (!state.pending.delete(el)) return;
  state.observer?.unobserve(el);
  el._explainerLoading = el._explainerLoad();
}

function whenIdle(fn) {
  (globalThis.requestIdleCallback ?? ((f) => setTimeout(f, 1)))(fn, { timeout: 2000 });
}

function onIdleAfterLoad() {
  state.idle = true;
  whenIdle(() => {
    for (const el of [...state.pending]) if (el.isConnected && displayed(el)) wake(el);
  });
}
if (!state.loadHooked) {
  state.loadHooked = true;
  if (document.readyState === "complete") onIdleAfterLoad();
  else addEventListener("load", onIdleAfterLoad, { once: true });
}

// Each element's own completion, for `ready(el)`: whoever waits is told `true` when it
// gets `data-ready`, or `false` when it leaves the page first.
const waiters = new WeakMap();

function settleWaiters(el, complete) {
  const list = waiters.get(el);
  waiters.delete(el);
  for (const resolve of list ?? []) resolve(complete);
}

/** Marks `el` complete: `data-ready`, `explainer-ready` (composed unless it stands in one of our widgets' own text), its waiters. */
function announceReady(el, composed) {
  el.setAttribute("data-ready", "");
  el.dispatchEvent(new CustomEvent("explainer-ready", { bubbles: true, composed }));
  settleWaiters(el, true);
}

class ExplainerElement extends HTMLElement {
  _explainerId = 0;
  _explainerMod = null;

  connectedCallback() {
    if (this._explainerId || this._explainerPending || !canLoad(this)) return;
    this._explainerPending = true;
    schedule(this);
  }

  // Loads its code and what it needs besides, all requested at once (a scope's index and
  // author file, a widget's own data: without it the widget does not mount, and its
  // light-DOM content stays), and mounts it (js/runtime.mjs `load`).
  _explainerLoad() {
    const lang = langOf(this);
    if (this.localName === "glossary-scope") {
      prefetch("index");
      prefetchAuthor(this);
    }
    for (const [kind, id] of mountFiles(this.localName)) prefetch(kind, lang, id);
    return loadVariant(variantFor(this))
      .then((mod) => mod.load(this, lang))
      .catch((err) => {
        this._explainerPending = false;
        warn(`could not load the widgets (${reason(err)}); showing the page's own content instead.`);
      });
  }

  _explainerUpdate(name, value) {
    try {
      this._explainerMod?.update(this._explainerId, name, value);
    } catch (err) {
      warn(`<${this.localName}> could not apply ${name}: ${reason(err)}`);
    }
  }

  disconnectedCallback() {
    // Deferred: an element moved within the page is disconnected and reconnected in
    // the same task and keeps its widget.
    queueMicrotask(() => {
      if (this.isConnected) return;
      state.pending.delete(this);
      state.observer?.unobserve(this);
      this._explainerPending = false;
      settleWaiters(this, false);
      if (this._explainerId) this._explainerMod.unmountElement(this);
    });
  }

  attributeChangedCallback(name, oldValue, value) {
    if (!this._explainerId || oldValue === value) return;
    this._explainerUpdate(name, value);
  }
}

// A term's trigger: the only place its markup is written. Built once with DOM calls (no
// HTML string: Trusted Types) and cloned for each term (a slider's examples arm dozens
// at once); the widget adopts it when it mounts (src/glossary/use_trigger.rs), so the
// word the reader is on stays the same element.
function triggerTemplate() {
  const el = (tag, attributes, child) => {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attributes)) e.setAttribute(k, v);
    e.append(child);
    return e;
  };
  state.trigger ??= el(
    "div",
    { class: "ex-mount" },
    el(
      "div",
      { class: "ex-root gx", "data-theme": "auto" },
      el("span", { class: "gx-term", role: "button", tabindex: "0", part: "trigger", "data-testid": "glossary-trigger", "aria-haspopup": "dialog", "aria-expanded": "false" }, document.createElement("slot")),
    ),
  );
  return state.trigger;
}

// <glossary-term>: an accessible trigger before any wasm; the full widget on intent.
class TermElement extends ExplainerElement {
  connectedCallback() {
    if (this._explainerId || this._explainerPending || this._trigger || !canLoad(this)) return;
    const id = (this.getAttribute("term") ?? "").trim();
    // An author's own term: its `definition`, or an entry of a scope's `src` file.
    if (!this._authored() && (!id || !known("terms", id))) {
      const shown = id ? `unknown term "${id.slice(0, 60)}"` : "has no `term` attribute";
      console.warn(`<glossary-term>: ${shown}; the word is shown as plain text.`);
      return;
    }
    this._armTrigger();
  }

  _authored() {
    return !!this.getAttribute("definition")?.trim() || this.hasAttribute("data-glossary-author");
  }

  // The trigger before any wasm: focusable, named by its word, aria-expanded, the
  // dotted underline; the first intent loads the glossary code and the entry, and the
  // widget adopts the trigger (these listeners go then).
  _armTrigger() {
    const root = this.shadowRoot ?? this.attachShadow({ mode: "open" });
    root.adoptedStyleSheets = [sheets().base];
    const mount = triggerTemplate().cloneNode(true);
    root.replaceChildren(mount);
    const trigger = mount.querySelector("[part=trigger]");
    this._trigger = trigger;
    const armed = new AbortController();
    const on = (name, f) => trigger.addEventListener(name, f, { signal: armed.signal });
    let intent = null;
    let hoveredAt = 0;
    const rank = { hover: 1, focus: 2, click: 3 };
    const want = (kind) => {
      if (!intent || rank[kind] > rank[intent]) intent = kind;
      this._activate(mount, armed, () => intent, () => hoveredAt);
    };
    on("pointerenter", (e) => {
      if (e.pointerType !== "mouse") return;
      hoveredAt = performance.now();
      want("hover");
    });
    on("pointerleave", () => (hoveredAt = 0));
    on("focus", () => want("focus"));
    on("click", () => want("click"));
    on("keydown", (e) => {
      if (e.key === "Enter" || e.key === " ") {
        e.preventDefault();
        want("click");
      }
    });
    // Announced after the current task's code, like a mounted widget's, so a listener
    // added right after inserting the element hears it. A term in one of our widgets'
    // prose announces itself inside that widget only: a page listening on the slider
    // or the map hears that widget's own announcement, not one per term in it.
    queueMicrotask(() => {
      if (this._trigger !== trigger || this.hasAttribute("data-ready")) return;
      announceReady(this, !Object.hasOwn(ELEMENTS.elements, this.getRootNode().host?.localName ?? ""));
    });
  }

  // The first intent on the trigger in `mount`: loads the code and the entry, then the
  // widget adopts the trigger, and the intent is passed on (js/runtime.mjs `activate`).
  _activate(mount, armed, intentNow, hoveredAt) {
    if (this._activating) return;
    const trigger = this._trigger;
    const id = (this.getAttribute("term") ?? "").trim();
    const busy = setTimeout(() => {
      trigger.setAttribute("aria-busy", "true");
      trigger.classList.add("gx-loading");
    }, BUSY_AFTER_MS);
    // Once the code is here (or cannot be): clears the busy state and the trigger's own
    // listeners; false when this load is stale (the term was removed meanwhile, and,
    // added back, has another trigger and its own load).
    const settle = () => {
      clearTimeout(busy);
      trigger.removeAttribute("aria-busy");
      trigger.classList.remove("gx-loading");
      armed.abort();
      if (this._trigger !== trigger) return false;
      this._trigger = null;
      return true;
    };
    const entry = this._authored() ? null : id;
    const lang = langOf(this);
    if (entry) prefetch("term", lang, entry);
    this._activating = loadVariant(variantFor(this))
      .then((mod) => mod.activate(this, { id: entry, lang, adopted: mount, trigger, settle, intentNow, hoveredAt }))
      .catch((err) => {
        if (!settle()) return;
        this._activating = null;
        warn(`<glossary-term term="${id.slice(0, 60)}"> could not load (${reason(err)}); the word is shown as plain text.`);
        this.shadowRoot?.replaceChildren(document.createElement("slot"));
        this.removeAttribute("data-ready");
      });
  }

  disconnectedCallback() {
    // Removed (not moved): reconnecting arms a fresh trigger.
    queueMicrotask(() => {
      if (this.isConnected) return;
      this._trigger = null;
      this._activating = null;
    });
    super.disconnectedCallback();
  }

  attributeChangedCallback(name, oldValue, value) {
    // Before the widget mounts, the loader follows `term` and `definition` (a trigger
    // for a known id or an author's own term, plain text and one warning otherwise);
    // once mounted, the widget itself does.
    if ((name === "term" || name === "definition") && oldValue !== value && this.isConnected && !this._explainerId && !this._activating) {
      this._trigger = null;
      this.shadowRoot?.replaceChildren(document.createElement("slot"));
      this.removeAttribute("data-ready");
      this.connectedCallback();
      return;
    }
    super.attributeChangedCallback(name, oldValue, value);
  }
}

// A published property (widget.toml: `type`, and `reflects`, the attribute that setting
// it sets; null removes it and the attribute's older names). Reading asks the widget,
// which always answers with its current state; before it has mounted, the attribute.
function publishedProperty(name, { type, reflects }, aliases) {
  const older = Object.keys(aliases).filter((a) => aliases[a] === reflects);
  const convert = (v) => (v === null || v === undefined ? null : type === "number" ? Number(v) : v);
  const property = {
    get() {
      if (this._explainerId && this._explainerMod) {
        const v = this._explainerMod.property(this._explainerId, name);
        if (v !== undefined) return convert(v);
      }
      if (!reflects) return null;
      const attribute = [reflects, ...older].find((a) => this.hasAttribute(a));
      return attribute ? convert(this.getAttribute(attribute)) : null;
    },
  };
  if (reflects) {
    property.set = function (v) {
      for (const a of older) this.removeAttribute(a);
      if (v === null || v === undefined) this.removeAttribute(reflects);
      else this.setAttribute(reflects, String(v));
    };
  }
  return property;
}

for (const [tag, decl] of Object.entries(ELEMENTS.elements)) {
  if (customElements.get(tag)) continue;
  const base = tag === "glossary-term" ? TermElement : ExplainerElement;
  const cls = class extends base {
    static observedAttributes = [...ELEMENTS.shared, ...decl.attributes];
  };
  for (const [name, p] of Object.entries(decl.properties)) {
    Object.defineProperty(cls.prototype, name, publishedProperty(name, p, decl.aliases));
  }
  customElements.define(tag, cls);
}
if (!MANIFEST) warn(NOT_BUILT);

/**
 * One element's completion, like lit's `updateComplete`: loads and mounts `el` now if
 * it waits for the viewport, and resolves `true` once it is complete (`data-ready`: a
 * term once it is a trigger, a widget once its own view is built, whatever its
 * neighbours are doing), or `false` if it leaves the page first or is not one of ours.
 */
function readyOne(el) {
  if (!(el instanceof Element) || !Object.hasOwn(ELEMENTS.elements, el.localName)) {
    warn(`ready(element): ${String(el?.localName ?? el).slice(0, 60)} is not one of the explainers' elements`);
    return Promise.resolve(false);
  }
  if (el.hasAttribute("data-ready")) return Promise.resolve(true);
  if (!el.isConnected) return Promise.resolve(false);
  const done = new Promise((resolve) => {
    if (!waiters.has(el)) waiters.set(el, []);
    waiters.get(el).push(resolve);
  });
  if (state.pending.has(el)) wake(el);
  return done;
}

/**
 * For page authors' tests: loads what the page's widgets need and mounts every
 * connected slider, map and scope now (even off screen), resolving once they are
 * mounted and complete (`data-ready`) and every scope has marked its terms. Terms need
 * nothing: each is an interactive trigger as soon as it is connected (`data-ready`).
 */
export async function ready(element) {
  if (element !== undefined) return readyOne(element);
  for (const el of [...state.pending]) if (el.isConnected) wake(el);
  const mounted = Object.keys(ELEMENTS.elements).filter((tag) => tag !== "glossary-term");
  const loading = mounted.length ? [...document.querySelectorAll(mounted.join(", "))].map((el) => el._explainerLoading) : [];
  await Promise.all(loading);
  // A scope marks its terms once the index (already fetched) has been handed over.
  await new Promise((r) => setTimeout(r, 0));
}

/**
 * Settings a page or an app gives from its own script, never from markup:
 * - `base`: where the release's files are, for a loader bundled into an app (copied
 *   there with `npx east-asia-explainers copy DIR`); resolved against the page's URL;
 * - `authorOrigins`: origins besides the page's own that a `<glossary-scope src>` file
 *   may come from.
 * Call it before the widgets mount (right after importing). A bad value is ignored with
 * one warning.
 */
export function configure({ base, authorOrigins } = {}) {
  try {
    if (base !== undefined) {
      const url = new URL(String(base), document.baseURI);
      if (!/^https?:$/.test(url.protocol)) throw new Error(`base must be an http(s) URL, not ${url.protocol}`);
      if (!url.pathname.endsWith("/")) url.pathname += "/";
      state.base = url;
      for (const el of state.unbased ?? []) if (el.isConnected) el.connectedCallback();
      state.unbased = null;
    }
    if (authorOrigins !== undefined) state.origins = new Set([...authorOrigins].map((o) => new URL(String(o)).origin));
  } catch (err) {
    warn(`configure(): ${reason(err)}; ignored.`);
  }
}

/** For page authors' tests: how many widget instances are mounted now. */
export async function liveCount() {
  let n = 0;
  for (const v of Object.values(state.variants)) n += (await v).liveCount();
  return n;
}
