// The loader's second part: what runs only once an element needs the widgets (a
// reader's first intent on a term, a block widget coming near the viewport). It does
// not load on its own: scripts/bundle.mjs bundles it into every variant's glue, which
// the loader (js/explainers.js) fetches at that moment anyway, so a page pays for it
// only once it loads code, and in no extra request (issue 25: a glossary-only article
// fetches only the loader's first part before any interaction).
//
// The loader starts every request the glue's work needs (the wasm, the data files, a
// scope's author file) at the same moment as the glue's, and hands the responses over
// (`start`, `early`): this part checks them against the glue's list (`INTEGRITY`),
// instantiates the wasm, and mounts. Everything it shares with the loader and with
// another variant's copy of itself is in the loader's `state` (two variants on one page
// share one mount queue, one data cache, one list of checked files); the loader's own
// functions come with it.

// The loader's state and functions (its `LOADER`), taken apart in `start`.
let S, warn, reason, file, sheets, htmlPolicy, dataPaths, early, mountFiles, known, langOf, inheritedLang, whenIdle, announceReady;
// This variant's glue.
let wasm;

// What this variant's widgets use, written in by scripts/bundle.mjs (esbuild's
// `define`), so that each glue carries only that: whether it has a block widget or a
// scope (`load`), and an author's own glossary file (`authorGlossary`) and the largest
// it reads (`RUNTIME_AUTHOR_MAX`, the glossary format's limit).
/* global RUNTIME_BLOCKS, RUNTIME_AUTHORS, RUNTIME_AUTHOR_MAX */

// A response that is the file asked for: not an error, and not the HTML page a host
// serves for any path it does not have.
function checked(r) {
  if (!r.ok) throw new Error(`HTTP ${r.status}`);
  if (/html/.test(r.headers.get("content-type"))) throw new Error("an HTML page came back instead (is the files' base right?)");
  return r;
}

// Integrity (issue 24): every byte the loader runs or shows is this release's. The
// manifest (in the loader) gives each variant's glue its SHA-384; each glue gives its
// wasm's, the index's and, as their first 96 bits, each data kind's integrity table per
// language (`INTEGRITY`); a table gives each of its files' first 96 bits. A file that
// differs is not used.
const digest = async (bytes) => `sha384-${btoa(String.fromCharCode(...new Uint8Array(await crypto.subtle.digest("SHA-384", bytes))))}`;

// The bytes at `url` once checked against `want` (a promise of its SRI, or for a data
// file of its start: `sha384-` and 16 digits), from `response` (the loader's request,
// when it started one), else fetched now. Where the page is no secure context (no
// crypto.subtle), the browser checks a second request that names a whole SRI; a data
// file cannot be checked there, and is not used.
const SHORT = 23;
async function verified(url, want, response = early(url) ?? fetch(url)) {
  const [r, sri] = await Promise.all([response, want]);
  if (!sri || sri.length < SHORT) throw new Error("this release has no such file");
  if (!crypto.subtle && sri.length === SHORT) throw new Error("the page is not a secure context (https), where its files can be checked");
  const bytes = await checked(crypto.subtle ? r : await fetch(url, { integrity: sri })).arrayBuffer();
  if (crypto.subtle && !(await digest(bytes)).startsWith(sri)) throw new Error("it is not the file this release built (integrity)");
  return bytes;
}

// The SRI of a file a loaded glue lists (each lists its own wasm and the data
// its variant's widgets ask for), once a glue that lists it is here: a map that comes
// after a slider waits for its own variant's list.
function listed(path) {
  S.sris ??= {};
  if (Object.hasOwn(S.sris, path)) return Promise.resolve(S.sris[path]);
  S.waiting ??= new Map();
  return new Promise((resolve) => S.waiting.set(path, [...(S.waiting.get(path) ?? []), resolve]));
}
function list(sris) {
  S.sris = Object.assign(S.sris ?? {}, sris);
  for (const [path, waiting] of S.waiting ?? []) {
    if (!Object.hasOwn(S.sris, path)) continue;
    S.waiting.delete(path);
    for (const resolve of waiting) resolve(S.sris[path]);
  }
}

// One data file, checked against `want` (a promise of its SRI) and parsed, fetched
// once (a failed one is fetched again when next asked for). It does not warn: a failure
// rejects with an error that names the URL, and whoever decides what the reader sees
// instead warns once, with it.
function fetchJson(path, want = listed(path)) {
  const url = file(path).href;
  const { data } = S;
  if (!data.has(url)) {
    const p = verified(url, want)
      .then((bytes) => JSON.parse(new TextDecoder().decode(bytes)))
      .catch((err) => {
        data.delete(url);
        // (Its integrity table's failure names the table.)
        throw /^could not load/.test(reason(err)) ? err : new Error(`could not load ${url}: ${reason(err)}`);
      });
    data.set(url, p);
  }
  return data.get(url);
}

// An author's glossary (<glossary-scope src>): resolved against the page's URL, fetched
// once per URL; one warning when it is missing, too large (over
// `RUNTIME_AUTHOR_MAX`, the glossary format's limit), too slow (over AUTHOR_TIMEOUT_MS) or not
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
  const { data, origins } = S;
  // Another origin's file only where the page's own script allows it (issue 24): a
  // post's markup alone cannot make the page fetch from anywhere.
  const origin = URL.canParse(url) ? new URL(url).origin : "null";
  if (origin !== location.origin && !origins.has(origin)) {
    warn(`<glossary-scope src="${src.slice(0, 120)}">: ${origin.slice(0, 100)} is not the page's origin; allow it with configure({ authorOrigins: ["${origin.slice(0, 100)}"] }). Only the built-in terms are marked.`);
    return Promise.resolve(null);
  }
  if (!data.has(key)) {
    // The loader's request, when it started one with the code (`prefetchAuthor`; its
    // time runs from here).
    const sent = early(key);
    const abort = sent?.abort ?? new AbortController();
    const timer = setTimeout(() => abort.abort(new Error(`no answer in ${AUTHOR_TIMEOUT_MS / 1000} s`)), AUTHOR_TIMEOUT_MS);
    const max = RUNTIME_AUTHOR_MAX;
    const tooLarge = () => new Error(`larger than ${max / 1024} KB`);
    const p = (sent ?? fetch(url, { signal: abort.signal }))
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
        setTimeout(() => data.get(key) === p && data.delete(key), AUTHOR_RETRY_MS);
        warn(`<glossary-scope src="${src.slice(0, 120)}">: could not load ${url.slice(0, 200)} (${reason(abort.signal.aborted ? abort.signal.reason : err)}); only the built-in terms are marked.`);
        return null;
      })
      .finally(() => clearTimeout(timer));
    data.set(key, p);
  }
  return data.get(key);
}

// What the wasm asks for: "index", an author's glossary ("author", with its `src`),
// or a glossary entry ("term") or a hotspot card ("card") with a language and an id,
// at the paths the loader names (`dataPaths`: an entry's integrity table, its shard's
// when the table is in shards, and the entry; all three fetched at once, each checking
// the next). It does not warn: what cannot be had rejects with the reason, and the
// wasm's one warning names the element, the reason and what the reader sees instead.
function dataSource(kind, lang, id) {
  if (RUNTIME_AUTHORS && kind === "author") return authorGlossary(id);
  let plan;
  try {
    plan = dataPaths(kind, lang, id);
  } catch (err) {
    return Promise.reject(err);
  }
  const { paths, at, shard } = plan;
  if (paths.length === 1) return fetchJson(paths[0]);
  const check = (list, i) => list.then((l) => l[i] && `sha384-${l[i]}`);
  let sris = fetchJson(paths[0]);
  if (shard) sris = fetchJson(paths[1], check(sris, Math.floor(at / shard)));
  return fetchJson(paths.at(-1), check(sris, shard ? at % shard : at));
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

/**
 * Runs the variant whose glue this is: checks its wasm (`requests`: the loader's request
 * for it, and the wasm compiled as it arrived), instantiates it, hands it the data
 * source and the page's Trusted Types policy, and makes the variant's CSS the sheet every
 * mounted widget adopts. `loader`: the loader's state and functions (`LOADER` in
 * js/explainers.js); `glue`: this module; `files`: the manifest's entry for the
 * variant. Resolves to this module, once it can mount.
 */
export async function start(loader, glue, files, requests) {
  ({ state: S, warn, reason, file, sheets, htmlPolicy, dataPaths, early, mountFiles, known, langOf, inheritedLang, whenIdle, announceReady } = loader);
  wasm = glue;
  list(glue.INTEGRITY);
  const [bytes, module] = await Promise.all([verified(file(files.wasm).href, listed(files.wasm), requests.wasm), requests.compiled]);
  const policy = htmlPolicy();
  if (policy) glue.setHtmlPolicy(policy);
  // The wasm compiled while it arrived (compiling runs none of it); it runs only now that
  // its bytes, the same response's, have passed the check. (Without crypto.subtle the
  // browser checked a second response: its bytes are the ones run.)
  await glue.default({ module_or_path: (crypto.subtle && module) || bytes });
  glue.setDataSource(answer);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(glue.CSS);
  sheets().widgets = sheet;
  watchLanguages();
  return glue;
}

// Widgets without their own lang follow their ancestors' lang when it changes.
function watchLanguages() {
  if (S.langObserver) return;
  S.langObserver = new MutationObserver(() => {
    for (const el of S.instances) {
      if (!el.hasAttribute("lang")) el._explainerUpdate("inherited-lang", inheritedLang(el));
    }
  });
  S.langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ["lang"], subtree: true });
}

// Mounts run one per task, so that a page with several widgets never mounts them all
// in one long task (the browser can paint and handle input in between), nor in the task
// that instantiated the wasm. A message to ourselves is a new task without the 4 ms
// clamp of nested timers. One queue per page (in `state`), whichever variant mounts.
function queue() {
  if (!S.mountQueue) {
    const q = (S.mountQueue = { fns: [], channel: new MessageChannel() });
    q.channel.port1.onmessage = () => {
      try {
        q.fns.shift()?.();
      } finally {
        if (q.fns.length) q.channel.port2.postMessage(0);
      }
    };
  }
  return S.mountQueue;
}
// A mount that throws is reported and the queue goes on: one widget never stops the
// others (issue 24).
function mountSoon(fn) {
  const q = queue();
  return new Promise((resolve) => {
    q.fns.push(() => {
      try {
        resolve(fn());
      } catch (err) {
        warn(`a widget could not start: ${reason(err)}`);
        resolve();
      }
    });
    if (q.fns.length === 1) q.channel.port2.postMessage(0);
  });
}

/**
 * A slider, a map or a scope whose code is here: fetches what it needs besides (a
 * scope's index and author's glossary, a widget's own data: the slider's words, the
 * map's land and words; the loader has started those requests), then mounts it in a
 * task of its own. Rejects when something it needs cannot be had (the loader warns and
 * the element keeps its own content). If its language changed meanwhile, the data for
 * the new one is fetched first.
 */
export const load = RUNTIME_BLOCKS ? loadBlock : undefined;
function loadBlock(el, lang) {
  const scope = el.localName === "glossary-scope";
  const src = RUNTIME_AUTHORS && scope ? el.getAttribute("src")?.trim() : null;
  const files = mountFiles(el.localName);
  const data = files.length ? Promise.all(files.map(([kind, id]) => dataSource(kind, lang, id))) : null;
  return Promise.all([scope ? dataSource("index") : null, src ? authorGlossary(src) : null, data]).then(() =>
    mountSoon(() => (data && langOf(el) !== lang ? el._explainerLoad() : mount(el))),
  );
}

/**
 * A term's first intent, its code here: once its entry has arrived (`id`, in `lang`, the
 * language the loader asked for it in at the intent; none for an author's own term), the
 * widget adopts the trigger in `adopted` in a task of its own
 * (`settle` first clears the loading state and the trigger's own listeners, and says
 * whether this load is still the term's: not when it was removed meanwhile), and the
 * intent is passed on: a click, the focus, or a hover with how long the pointer has
 * rested (`intentNow`, `hoveredAt`; the widget owns the hover delay). Rejects when the
 * entry cannot be had (the loader warns and shows the word as plain text).
 */
export function activate(el, { id, lang, adopted, trigger, settle, intentNow, hoveredAt }) {
  const entry = id ? dataSource("term", lang, id) : null;
  return Promise.resolve(entry).then(() =>
    mountSoon(() => {
      if (!settle()) return;
      const focused = el.shadowRoot?.activeElement === trigger;
      mount(el, adopted);
      if (!el._explainerId) return;
      prefetchTermsInView();
      const intent = intentNow();
      if (intent === "click") el._explainerUpdate("intent", "click");
      else if (focused) el._explainerUpdate("intent", "focus");
      else if (intent === "hover" && hoveredAt()) el._explainerUpdate("intent", `hover ${Math.max(0, Math.round(performance.now() - hoveredAt()))}`);
    }),
  );
}

// Mounts `el` with this variant's wasm; `adopted`: the container a term's trigger is
// in, which the widget adopts.
function mount(el, adopted) {
  el._explainerPending = false;
  if (!el.isConnected || el._explainerId) return;
  try {
    const root = el.shadowRoot ?? el.attachShadow({ mode: "open" });
    const { base, widgets } = sheets();
    root.adoptedStyleSheets = widgets ? [base, widgets] : [base];
    const container = adopted ?? document.createElement("div");
    if (!adopted) {
      container.className = "ex-mount";
      root.replaceChildren(container);
    }
    el._explainerId = wasm.mount(el.localName, el, container, inheritedLang(el));
    if (!el._explainerId) return;
    el._explainerMod = wasm;
    S.instances.add(el);
    if (el.hasAttribute("data-ready")) return;
    // A slider or a map builds its view in steps after its mount, spread over the
    // frames that follow (src/hooks/later.rs): it is complete once its own steps have
    // run, whatever other widgets are still building, and the wasm says so right
    // after the last (`whenComplete`, src/hooks/complete.rs; a variant without
    // either has no such export, and its widgets are complete once mounted); it is
    // marked in a task of its own after that, once the effects of that step have run.
    // Until then a page's `:not([data-ready])` rule keeps reserving its space, and
    // nothing shifts. Resolves then, or when it is unmounted first (`ready()` waits
    // for it).
    const id = el._explainerId;
    return new Promise((resolve) => {
      el._explainerSettle = resolve;
      const complete = () =>
        setTimeout(() => {
          el._explainerSettle = null;
          if (el._explainerId === id && !el.hasAttribute("data-ready")) announceReady(el, true);
          resolve();
        }, 0);
      if (wasm.whenComplete) wasm.whenComplete(id, complete);
      else complete();
    });
  } catch (err) {
    // After the shadow root is attached, the element's own content is back in view.
    el._explainerId = 0;
    el._explainerMod = null;
    S.instances.delete(el);
    el.shadowRoot?.replaceChildren(document.createElement("slot"));
    warn(`<${el.localName}> could not start: ${reason(err)}; its own content is shown.`);
  }
}

/** Unmounts `el`, mounted by this variant, once it has left the page. */
export function unmountElement(el) {
  const id = el._explainerId;
  el._explainerId = 0;
  el._explainerMod = null;
  S.instances.delete(el);
  el.removeAttribute("data-ready");
  // Unmounted before complete: its completion never comes; whoever waits goes on.
  el._explainerSettle?.();
  el._explainerSettle = null;
  try {
    wasm.unmount(id);
  } catch (err) {
    warn(`<${el.localName}> could not unmount cleanly: ${reason(err)}`);
  }
  el.shadowRoot?.replaceChildren();
}

// After a first popover, the entries of the other built-in terms in view (about 0.5 KB
// each) are fetched in idle time, so that the next popover needs no round trip; once per
// page, at most PREFETCH_TERMS of them, PREFETCH_AFTER_MS after that first mount (the
// first popover's own requests are over by then). Their code is already here.
const PREFETCH_TERMS = 24;
const PREFETCH_AFTER_MS = 2000;
function prefetchTermsInView() {
  if (S.prefetched) return;
  S.prefetched = true;
  setTimeout(
    () =>
      whenIdle(() => {
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
      }),
    PREFETCH_AFTER_MS,
  );
}
