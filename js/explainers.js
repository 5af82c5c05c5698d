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

// A response that is the file asked for: not an error, and not the HTML page a host
// serves for any path it does not have.
function checked(r) {
  if (!r.ok) throw new Error(`HTTP ${r.status}`);
  if (/html/.test(r.headers.get("content-type"))) throw new Error("an HTML page came back instead (is the files' base right?)");
  return r;
}

function manifest() {
  if (!state.manifest) throw new Error("this explainers.js was not built (no manifest): run `make build` and load dist/explainers.js");
  return state.manifest;
}

// The shared stylesheets: the base CSS and the glossary word's (in the manifest, so a
// term is styled before any wasm), and the variant's CSS file, fetched with its code
// (what every mounted widget shares, the popover's, and the slider's or map's).
function sheets() {
  if (!state.sheets) {
    const base = new CSSStyleSheet();
    base.replaceSync(manifest().css);
    state.sheets = { base, widgets: null };
  }
  return state.sheets;
}

// Integrity (issue 24): every byte the loader runs or shows is this release's. The
// manifest (in this file) gives each variant's glue its SHA-384; each glue gives its
// wasm's and CSS's, the index's and each data kind's integrity table per language
// (`INTEGRITY`); a table gives each of its files'. A file that differs is not used.
const digest = async (bytes) => `sha384-${btoa(String.fromCharCode(...new Uint8Array(await crypto.subtle.digest("SHA-384", bytes))))}`;

// The bytes at `url` once checked against `want` (a promise of its SRI, or for a data
// file of its start: `sha384-` and 16 digits), fetched alongside it. Where the page is
// no secure context (no crypto.subtle), the browser checks a second request that names
// a whole SRI; a data file cannot be checked there, and is not used.
const SHORT = 23;
async function verified(url, want, init, response = fetch(url, init)) {
  const [r, sri] = await Promise.all([response, want]);
  if (!sri || sri.length < SHORT) throw new Error("this release has no such file");
  if (!crypto.subtle && sri.length === SHORT) throw new Error("the page is not a secure context (https), where its files can be checked");
  const bytes = await checked(crypto.subtle ? r : await fetch(url, { ...init, integrity: sri })).arrayBuffer();
  if (crypto.subtle && !(await digest(bytes)).startsWith(sri)) throw new Error("it is not the file this release built (integrity)");
  return bytes;
}

// The SRI of a file a loaded glue lists (each lists its own wasm and CSS and the data
// its variant's widgets ask for), once a glue that lists it is here: a map that comes
// after a slider waits for its own variant's list.
function listed(path) {
  state.sris ??= {};
  if (Object.hasOwn(state.sris, path)) return Promise.resolve(state.sris[path]);
  state.waiting ??= new Map();
  return new Promise((resolve) => state.waiting.set(path, [...(state.waiting.get(path) ?? []), resolve]));
}
function list(sris) {
  state.sris = Object.assign(state.sris ?? {}, sris);
  for (const [path, waiting] of state.waiting ?? []) {
    if (!Object.hasOwn(state.sris, path)) continue;
    state.waiting.delete(path);
    for (const resolve of waiting) resolve(state.sris[path]);
  }
}

// One data file, checked against `want` (a promise of its SRI) and parsed, fetched
// once (a failed one is fetched again when next asked for). It does not warn: a failure
// rejects with an error that names the URL, and whoever decides what the reader sees
// instead warns once, with it.
function fetchJson(path, want = listed(path)) {
  const url = file(path).href;
  if (!state.data.has(url)) {
    const p = verified(url, want)
      .then((bytes) => JSON.parse(new TextDecoder().decode(bytes)))
      .catch((err) => {
        state.data.delete(url);
        // (Its integrity table's failure names the table.)
        throw /^could not load/.test(reason(err)) ? err : new Error(`could not load ${url}: ${reason(err)}`);
      });
    state.data.set(url, p);
  }
  return state.data.get(url);
}

// An author's glossary (<glossary-scope src>): resolved against the page's URL, fetched
// once per URL; one warning when it is missing, too large (over the manifest's
// `authorMax`, the glossary format's limit), too slow (over AUTHOR_TIMEOUT_MS) or not
// JSON, then null (the scope marks the built-in terms only). A failure is remembered for
// AUTHOR_RETRY_MS (the scopes mounting together share it, and its one warning); a scope
// that mounts later asks again.
const AUTHOR_TIMEOUT_MS = 10_000;
const AUTHOR_RETRY_MS = 1000;
function authorGlossary(src) {
  let url;
  try {
    url = new URL(src, document.baseURI).href;
  } catch {
    url = src;
  }
  const key = `author:${url}`;
  // Another origin's file only where the page's own script allows it (issue 24): a
  // post's markup alone cannot make the page fetch from anywhere.
  const origin = URL.canParse(url) ? new URL(url).origin : "null";
  if (origin !== location.origin && !state.origins.has(origin)) {
    warn(`<glossary-scope src="${src.slice(0, 120)}">: ${origin.slice(0, 100)} is not the page's origin; allow it with configure({ authorOrigins: ["${origin.slice(0, 100)}"] }). Only the built-in terms are marked.`);
    return Promise.resolve(null);
  }
  if (!state.data.has(key)) {
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(new Error(`no answer in ${AUTHOR_TIMEOUT_MS / 1000} s`)), AUTHOR_TIMEOUT_MS);
    const max = manifest().authorMax;
    const tooLarge = () => new Error(`larger than ${max / 1024} KB`);
    const p = fetch(url, { signal: abort.signal })
      .then((r) => {
        if (!r.ok) throw new Error(`HTTP ${r.status}`);
        if (Number(r.headers.get("content-length")) > max) throw tooLarge();
        return r.text();
      })
      .then((text) => {
        if (text.length > max) throw tooLarge();
        try {
          return JSON.parse(text);
        } catch (err) {
          throw new Error(`not JSON: ${reason(err)}`);
        }
      })
      .catch((err) => {
        setTimeout(() => state.data.get(key) === p && state.data.delete(key), AUTHOR_RETRY_MS);
        warn(`<glossary-scope src="${src.slice(0, 120)}">: could not load ${url.slice(0, 200)} (${reason(abort.signal.aborted ? abort.signal.reason : err)}); only the built-in terms are marked.`);
        return null;
      })
      .finally(() => clearTimeout(timer));
    state.data.set(key, p);
  }
  return state.data.get(key);
}

// What the wasm asks for: "index", an author's glossary ("author", with its `src`),
// or a glossary entry ("term") or a hotspot card ("card") with a language and an id;
// the manifest's `kinds` (from the content compiler) gives each kind's folder and table
// of hashes. It does not warn: what cannot be had rejects with the reason, and the
// wasm's one warning names the element, the reason and what the reader sees instead.
function dataSource(kind, lang, id) {
  const m = manifest();
  if (kind === "index") return fetchJson(m.index);
  if (kind === "author") return authorGlossary(id);
  const { table, folder } = (Object.hasOwn(m.kinds, kind) && m.kinds[kind]) || {};
  const hash = table && known(table, id) ? m[table].hash : null;
  if (!hash) return Promise.reject(new Error(`unknown ${kind} "${String(id).slice(0, 60)}"`));
  if (!m.langs.includes(lang)) return Promise.reject(new Error(`no ${kind} in "${String(lang).slice(0, 20)}"`));
  const check = (list, i) => list.then((l) => l[i] && `sha384-${l[i]}`);
  const { shard } = m[table];
  const at = position(table, id);
  // The table the glue vouches for; with `shard`, it checks the shard that checks the
  // file (scripts/bundle.mjs). All three are fetched at once.
  let sris = fetchJson(`data/${folder}/${lang}.integrity.${hash}.json`);
  if (shard) sris = fetchJson(`data/${folder}/${lang}.integrity.${Math.floor(at / shard)}.${hash}.json`, check(sris, Math.floor(at / shard)));
  return fetchJson(`data/${folder}/${lang}/${id}.${hash}.json`, check(sris, shard ? at % shard : at));
}

// The wasm's data function (src/data.rs): `done(value)` once the file has arrived, or
// `done(undefined, reason)`; always later, never by throwing.
function answer(kind, lang, id, done) {
  Promise.resolve()
    .then(() => dataSource(kind, lang, id))
    .then(
      (value) => done(value),
      (err) => done(undefined, reason(err)),
    );
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

// The files an element needs, in its language, to mount (the slider's words): every
// file of each data kind whose `mounts_with` is its tag (compiler/src/data.rs); null when
// there are none.
function mountData(tag, lang) {
  const m = manifest();
  const kinds = Object.entries(m.kinds).filter(([, k]) => k.mounts_with === tag);
  if (!kinds.length) return null;
  return Promise.all(kinds.flatMap(([kind, k]) => (m[k.table]?.ids ?? []).map((id) => dataSource(kind, lang, id))));
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

function loadVariant(name) {
  state.variants[name] ??= (async () => {
    const files = manifest().variants[name];
    // The wasm's and CSS's requests start with the glue's, not after it has arrived (a
    // round trip less on a slow network); each is checked against the glue's list.
    const glue = importVerified(file(files.js).href, files.sri);
    const sris = glue.then((mod) => mod.INTEGRITY);
    // The wasm compiles while it arrives (compiling runs none of it); it is run only
    // once its bytes, the same response's, have passed the check.
    const response = fetch(file(files.wasm));
    const compiled = response.then((r) => WebAssembly.compileStreaming(r.clone())).catch(() => null);
    const wasm = verified(file(files.wasm), sris.then((l) => l[files.wasm]), undefined, response);
    wasm.catch(() => {}); // awaited below; this copy must not go unhandled
    // Asked for as CSS (a dev server may otherwise answer with a script that injects it).
    const css = files.css && verified(file(files.css), sris.then((l) => l[files.css]), { headers: { accept: "text/css" } }).catch((err) => {
      throw new Error(`${files.css}: ${reason(err)}`);
    });
    const [mod, bytes, style, module] = await Promise.all([glue, wasm, css, compiled]);
    list(mod.INTEGRITY);
    if (htmlPolicy()) mod.setHtmlPolicy(state.policy);
    // (Without crypto.subtle the browser checked a second response: its bytes are the ones run.)
    await mod.default({ module_or_path: (crypto.subtle && module) || bytes });
    mod.setDataSource(answer);
    if (style) {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(new TextDecoder().decode(style));
      sheets().widgets = sheet;
    }
    watchLanguages();
    return mod;
  })();
  return state.variants[name];
}

// The Cargo features the page needs: those of the block widgets on it (and `tag`), and
// those of the attributes in use (authors' own terms: `<glossary-term definition>`,
// `<glossary-scope src>`), as widget.toml declares them.
function featuresNeeded(tag) {
  const need = new Set();
  for (const [t, decl] of Object.entries(ELEMENTS.elements)) {
    if (decl.feature && (t === tag || document.querySelector(t))) need.add(decl.feature);
    for (const [attribute, feature] of Object.entries(decl.features ?? {})) {
      if (!need.has(feature) && document.querySelector(`${t}[${attribute}]`)) need.add(feature);
    }
  }
  return [...need];
}

// The smallest variant with every feature the page needs; one already loading when it
// has them (every variant has the glossary).
function variantFor(tag) {
  const need = featuresNeeded(tag);
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

// Widgets without their own lang follow their ancestors' lang when it changes.
function watchLanguages() {
  if (state.langObserver) return;
  state.langObserver = new MutationObserver(() => {
    for (const el of state.instances) {
      if (!el.hasAttribute("lang")) el._explainerUpdate("inherited-lang", inheritedLang(el));
    }
  });
  state.langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ["lang"], subtree: true });
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

// Mounts run one per task, so that a page with several widgets never mounts them all
// in one long task (the browser can paint and handle input in between), nor in the task
// that instantiated the wasm. A message to ourselves is a new task without the 4 ms
// clamp of nested timers.
const mountQueue = [];
const mountChannel = new MessageChannel();
mountChannel.port1.onmessage = () => {
  try {
    mountQueue.shift()?.();
  } finally {
    if (mountQueue.length) mountChannel.port2.postMessage(0);
  }
};
// A mount that throws is reported and the queue goes on: one widget never stops the
// others (issue 24).
function mountSoon(fn) {
  return new Promise((resolve) => {
    mountQueue.push(() => {
      try {
        resolve(fn());
      } catch (err) {
        warn(`a widget could not start: ${reason(err)}`);
        resolve();
      }
    });
    if (mountQueue.length === 1) mountChannel.port2.postMessage(0);
  });
}

function whenIdle(fn) {
  (globalThis.requestIdleCallback ?? ((f) => setTimeout(f, 1)))(fn, { timeout: 2000 });
}

// After a first popover, the entries of the other built-in terms in view (about 0.5 KB
// each) are fetched in idle time, so that the next popover needs no round trip; once per
// page, at most PREFETCH_TERMS of them, PREFETCH_AFTER_MS after that first mount (the
// first popover's own requests are over by then). Their code is already here.
const PREFETCH_TERMS = 24;
const PREFETCH_AFTER_MS = 2000;
function prefetchTermsInView() {
  if (state.prefetched) return;
  state.prefetched = true;
  setTimeout(() => whenIdle(() => {
    let n = 0;
    for (const t of document.querySelectorAll("glossary-term[term]")) {
      if (n >= PREFETCH_TERMS) break;
      if (t._explainerId || t._authored?.() || !t.isConnected) continue;
      const r = t.getBoundingClientRect();
      if (r.bottom < 0 || r.top > innerHeight) continue;
      const id = (t.getAttribute("term") ?? "").trim();
      if (!known("terms", id)) continue;
      n++;
      dataSource("term", langOf(t), id).catch(() => {}); // a failure is retried on intent
    }
  }), PREFETCH_AFTER_MS);
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

  _explainerLoad() {
    const variant = variantFor(this.localName);
    // A scope needs the matching index (and its author's glossary): fetch them
    // alongside the code.
    const scope = this.localName === "glossary-scope";
    const src = scope ? this.getAttribute("src")?.trim() : null;
    const index = scope ? dataSource("index") : null;
    // A widget's own data (the slider's words, the map's land and words) comes with its
    // code; without it the widget does not mount, and its light-DOM content stays. If
    // its language changed meanwhile, the data for the new one is fetched first.
    const lang = langOf(this);
    const data = mountData(this.localName, lang);
    return Promise.all([loadVariant(variant), index, src ? authorGlossary(src) : null, data]).then(
      ([mod]) => mountSoon(() => (data && langOf(this) !== lang ? this._explainerLoad() : this._explainerMount(mod))),
      (err) => {
        this._explainerPending = false;
        warn(`could not load the widgets (${reason(err)}); showing the page's own content instead.`);
      },
    );
  }

  // `adopted`: the container a term's trigger is in, which the widget adopts.
  _explainerMount(mod, adopted) {
    this._explainerPending = false;
    if (!this.isConnected || this._explainerId) return;
    try {
      const root = this.shadowRoot ?? this.attachShadow({ mode: "open" });
      const { base, widgets } = sheets();
      root.adoptedStyleSheets = widgets ? [base, widgets] : [base];
      const mount = adopted ?? document.createElement("div");
      if (!adopted) {
        mount.className = "ex-mount";
        root.replaceChildren(mount);
      }
      this._explainerId = mod.mount(this.localName, this, mount, inheritedLang(this));
      if (!this._explainerId) return;
      this._explainerMod = mod;
      state.instances.add(this);
      if (this.hasAttribute("data-ready")) return;
      // A slider or a map builds its view in steps after its mount, spread over the
      // frames that follow (src/hooks/later.rs): it is complete once its own steps have
      // run, whatever other widgets are still building, and the wasm says so right
      // after the last (`whenComplete`, src/hooks/complete.rs; a variant without
      // either has no such export, and its widgets are complete once mounted); it is
      // marked in a task of its own after that, once the effects of that step have run.
      // Until then a page's `:not([data-ready])` rule keeps reserving its space, and
      // nothing shifts. Resolves then, or when it is unmounted first (`ready()` waits
      // for it).
      const id = this._explainerId;
      return new Promise((resolve) => {
        this._explainerSettle = resolve;
        const complete = () =>
          setTimeout(() => {
            this._explainerSettle = null;
            if (this._explainerId === id && !this.hasAttribute("data-ready")) announceReady(this, true);
            resolve();
          }, 0);
        if (mod.whenComplete) mod.whenComplete(id, complete);
        else complete();
      });
    } catch (err) {
      // After the shadow root is attached, the element's own content is back in view.
      this._explainerId = 0;
      this._explainerMod = null;
      state.instances.delete(this);
      this.shadowRoot?.replaceChildren(document.createElement("slot"));
      warn(`<${this.localName}> could not start: ${reason(err)}; its own content is shown.`);
    }
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
      if (!this._explainerId) return;
      const id = this._explainerId;
      const mod = this._explainerMod;
      this._explainerId = 0;
      this._explainerMod = null;
      state.instances.delete(this);
      this.removeAttribute("data-ready");
      // Unmounted before complete: its completion never comes; whoever waits goes on.
      this._explainerSettle?.();
      this._explainerSettle = null;
      try {
        mod.unmount(id);
      } catch (err) {
        warn(`<${this.localName}> could not unmount cleanly: ${reason(err)}`);
      }
      this.shadowRoot?.replaceChildren();
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
  // widget adopts the trigger, and the intent is passed on (`intent`: how long the
  // pointer has rested, for a hover; the widget owns the hover delay).
  _activate(mount, armed, intentNow, hoveredAt) {
    if (this._activating) return;
    const trigger = this._trigger;
    const id = (this.getAttribute("term") ?? "").trim();
    const busy = setTimeout(() => {
      trigger.setAttribute("aria-busy", "true");
      trigger.classList.add("gx-loading");
    }, BUSY_AFTER_MS);
    const entry = this._authored() ? null : dataSource("term", langOf(this), id);
    this._activating = Promise.all([loadVariant(variantFor(this.localName)), entry]).then(
      ([mod]) => mountSoon(() => {
        clearTimeout(busy);
        trigger.removeAttribute("aria-busy");
        trigger.classList.remove("gx-loading");
        armed.abort();
        this._trigger = null;
        const focused = this.shadowRoot?.activeElement === trigger;
        this._explainerMount(mod, mount);
        if (!this._explainerId) return;
        prefetchTermsInView();
        const intent = intentNow();
        if (intent === "click") this._explainerUpdate("intent", "click");
        else if (focused) this._explainerUpdate("intent", "focus");
        else if (intent === "hover" && hoveredAt()) this._explainerUpdate("intent", `hover ${Math.max(0, Math.round(performance.now() - hoveredAt()))}`);
      }),
      (err) => {
        clearTimeout(busy);
        armed.abort();
        this._trigger = null;
        this._activating = null;
        warn(`<glossary-term term="${id.slice(0, 60)}"> could not load (${reason(err)}); the word is shown as plain text.`);
        this.shadowRoot?.replaceChildren(document.createElement("slot"));
        this.removeAttribute("data-ready");
      },
    );
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
if (!MANIFEST) warn("this explainers.js was not built (no manifest): run `make build` and load dist/explainers.js");

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
