// The teaching page's behaviour (README.md, "The teaching page"). It talks to the widgets only the
// way any host page may: attributes in, documented events out (deterrence-change,
// hotspot-select, glossary-open, explainer-ready) and the documented theming custom
// properties. It runs before explainers.js (module scripts run in document order), so in
// embed mode the lesson is removed before any widget mounts.
//
//   full page   index.html#lang=en&value=30&hotspot=taiwan
//   embed mode  index.html?embed=hotspot-map&lang=en&selected=taiwan
//               index.html?embed=deterrence-slider&lang=ja&value=30
//
// Nothing here throws into the page: every entry point is guarded.

const LANGS = ["ja", "en"];
const HOTSPOTS = ["taiwan", "korean-peninsula", "south-china-sea", "east-china-sea"];
const EMBEDS = ["deterrence-slider", "hotspot-map"];
const STORE_KEY = "east-asia-explainers:lang";
/** The message an embed posts to its parent: {type, height, embed}. js/resizer.js reads it. */
const HEIGHT_MESSAGE = "east-asia-explainers:height";
/** A parent (js/resizer.js) may ask an embed to post its height again. */
const MEASURE_MESSAGE = "east-asia-explainers:measure";

// The model's overall crisis risk (percent) at each slider value 0..100, at the model's
// default assumptions (misperception 15 %, the adversary reciprocates): output R of
// src/model (eq. 15), rounded. The widget does not publish its gauges in an event, so the
// page carries this table; regenerate it with `sh scripts/risk-table.sh`.
// prettier-ignore
const RISK = [81,80,78,77,75,73,71,70,68,66,64,62,60,58,56,54,52,50,48,46,44,43,41,39,38,36,35,33,32,31,30,29,28,27,26,25,25,24,23,23,22,22,22,21,21,21,21,21,21,21,21,21,21,21,21,21,21,21,22,22,22,22,23,23,23,24,24,25,25,26,26,27,27,28,28,29,29,30,31,32,32,33,34,35,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,52];
const LEVELS = [
  { max: 29, id: "low", ja: "低い", en: "low" },
  { max: 44, id: "moderate", ja: "中程度", en: "moderate" },
  { max: 59, id: "high", ja: "高い", en: "high" },
  { max: 100, id: "severe", ja: "非常に高い", en: "very high" },
];
// Zone boundaries of the slider (src/model/zones.rs) and their names (content.toml).
const ZONES = [
  { max: 19, ja: "抑止一辺倒", en: "deterrence only" },
  { max: 39, ja: "抑止寄り", en: "mostly deterrence" },
  { max: 60, ja: "均衡", en: "balanced" },
  { max: 80, ja: "安心供与寄り", en: "mostly reassurance" },
  { max: 100, ja: "安心供与一辺倒", en: "reassurance only" },
];
const HOTSPOT_NAMES = {
  taiwan: { ja: "台湾", en: "Taiwan" },
  "korean-peninsula": { ja: "朝鮮半島", en: "Korean Peninsula" },
  "south-china-sea": { ja: "南シナ海", en: "South China Sea" },
  "east-china-sea": { ja: "東シナ海", en: "East China Sea" },
};
const TITLES = {
  ja: "対立と協力のあいだ:東アジアの安全保障と日本外交",
  en: "Between rivalry and cooperation: East Asian security and Japanese diplomacy",
};
const WIDGET = {
  "deterrence-slider": {
    title: { ja: "抑止と安心供与のスライダー", en: "Deterrence and reassurance slider" },
    height: 900,
    source: {
      ja: "出典:カイ・ヘ「米中の安心供与:理論と実践」(政策提言No.217)、戸田記念国際平和研究所、2025年3月31日。教材用のモデルであり、予測ではありません。",
      en: "Source: Kai He, \"US-China Reassurance: Theory and Practice\" (Policy Brief No. 217), Toda Peace Institute, 31 March 2025. A teaching model, not a forecast.",
    },
  },
  "hotspot-map": {
    title: { ja: "東アジアのホットスポット地図", en: "Map of the East Asian hotspots" },
    height: 760,
    source: {
      ja: "出典:各カードに記載(政策提言No.217、戸田記念国際平和研究所、2025年3月31日ほか)。",
      en: "Sources: named on each card (Policy Brief No. 217, Toda Peace Institute, 31 March 2025, and others).",
    },
  },
};
const UI = {
  copied: { ja: "コピーしました:", en: "Copied: " },
  copyFailed: { ja: "コピーできませんでした。手で選んでコピーしてください:", en: "Could not copy; select and copy it by hand: " },
  snippetCopied: { ja: "コードをコピーしました。", en: "Code copied." },
  badParam: {
    ja: (name, value, used) => `「${name}=${value}」は使えない値のため、${used}で表示しています。`,
    en: (name, value, used) => `"${name}=${value}" is not a valid value, so the view uses ${used}.`,
  },
  defaults: {
    lang: { ja: "日本語", en: "Japanese" },
    value: (v) => ({ ja: `値 ${v}`, en: `the value ${v}` }),
    hotspot: { ja: "地点の選択なし", en: "no selected place" },
  },
  unknownEmbed: {
    ja: (v) => `「embed=${v}」という部品はありません。埋め込めるのは次の二つです。`,
    en: (v) => `There is no widget called "embed=${v}". These two can be embedded:`,
  },
  openFull: { ja: "教材ページ全体を開く", en: "Open the full teaching page" },
  loading: {
    ja: (title) => `${title}を読み込んでいます(JavaScript と WebAssembly が必要です)。`,
    en: (title) => `Loading the ${title.toLowerCase()} (needs JavaScript and WebAssembly).`,
  },
  count: { ja: (n, total) => `${total}語中${n}語`, en: (n, total) => `${n} of ${total} terms` },
};

const root = document.documentElement;
const state = { lang: LANGS.includes(root.lang) ? root.lang : "ja", value: 50, hotspot: null, term: "reassurance" };

function t(entry) {
  return entry[state.lang] ?? entry.ja;
}

function clampValue(v) {
  return Math.min(100, Math.max(0, Math.round(v)));
}

function riskAt(value) {
  const risk = RISK[clampValue(value)];
  return { risk, level: LEVELS.find((l) => risk <= l.max) };
}

function zoneAt(value) {
  const v = clampValue(value);
  return ZONES.find((z) => v <= z.max);
}

function escapeHtml(text) {
  return String(text).replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");
}

/** A lang value as the widgets accept it ("en-GB" → "en"), or null. */
function normLang(raw) {
  const l = String(raw ?? "").trim().toLowerCase().split("-")[0];
  return LANGS.includes(l) ? l : null;
}

/** {value, bad}: a slider value from text. Non-numbers mean 50; others are clamped. */
function parseValue(raw) {
  const n = String(raw ?? "").trim() === "" ? NaN : Number(raw);
  if (!Number.isFinite(n)) return { value: 50, bad: true };
  const value = clampValue(n);
  return { value, bad: value !== n };
}

function pageUrl() {
  return location.origin + location.pathname;
}

function stateHash(s = state) {
  const p = new URLSearchParams({ lang: s.lang, value: String(s.value) });
  if (s.hotspot) p.set("hotspot", s.hotspot);
  return p.toString();
}

function shareUrl() {
  return `${pageUrl()}#${stateHash()}`;
}

function bundleUrl(file) {
  return new URL(file, location.href).href;
}

function embedUrl(kind, s = state) {
  const p = new URLSearchParams({ embed: kind, lang: s.lang });
  if (kind === "deterrence-slider") p.set("value", String(s.value));
  if (kind === "hotspot-map" && s.hotspot) p.set("selected", s.hotspot);
  return `${pageUrl()}?${p}`;
}

function scriptSnippet(kind, s = state) {
  const tag = `<script type="module" src="${escapeHtml(bundleUrl("explainers.js"))}"></script>`;
  if (kind === "deterrence-slider") return `${tag}\n<deterrence-slider lang="${s.lang}" value="${s.value}"></deterrence-slider>`;
  if (kind === "hotspot-map") {
    const selected = s.hotspot ? ` selected="${s.hotspot}"` : "";
    return `${tag}\n<hotspot-map lang="${s.lang}"${selected}></hotspot-map>`;
  }
  return `${tag}\n<glossary-term lang="${s.lang}" term="${escapeHtml(s.term)}">${escapeHtml(termWord(s.term, s.lang))}</glossary-term>`;
}

function iframeSnippet(kind, s = state) {
  const w = WIDGET[kind];
  return (
    `<iframe src="${escapeHtml(embedUrl(kind, s))}" title="${escapeHtml(w.title[s.lang])}" width="100%" height="${w.height}" loading="lazy" style="border:0"></iframe>\n` +
    `<script src="${escapeHtml(bundleUrl("resizer.js"))}" async></script>`
  );
}

/** The headword of a glossary entry in a language, from the page's own index. */
function termWord(term, lang) {
  const el = document.querySelector(`#term-${CSS.escape(term)} span[lang="${lang}"] glossary-term`);
  return el ? el.textContent.trim() : term;
}

async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Older browsers or a denied permission: the selection-based fallback.
    const area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.className = "offscreen";
    document.body.append(area);
    area.select();
    let ok = false;
    try {
      ok = document.execCommand("copy");
    } catch {
      ok = false;
    }
    area.remove();
    return ok;
  }
}

function guard(name, fn) {
  return (...args) => {
    try {
      return fn(...args);
    } catch (err) {
      console.warn(`teaching page: ${name} failed: ${err && err.message ? err.message : err}`);
      return undefined;
    }
  };
}

// ---------------------------------------------------------------------------------
// The full page
// ---------------------------------------------------------------------------------

function initPage() {
  const slider = document.getElementById("slider");
  const map = document.getElementById("map");
  const status = document.getElementById("page-status");
  const notes = [];

  // State from the URL (#lang=en&value=30&hotspot=taiwan), checked.
  const applyHash = (hash, { initial }) => {
    const raw = hash.replace(/^#/, "");
    if (!raw.includes("=")) return false;
    const p = new URLSearchParams(raw);
    const bad = [];
    if (p.has("lang")) {
      const l = normLang(p.get("lang"));
      if (l) state.lang = l;
      else bad.push(["lang", p.get("lang"), UI.defaults.lang]);
    }
    if (p.has("value")) {
      const v = parseValue(p.get("value"));
      state.value = v.value;
      if (v.bad) bad.push(["value", p.get("value"), UI.defaults.value(v.value)]);
    }
    if (p.has("hotspot")) {
      const h = p.get("hotspot");
      if (HOTSPOTS.includes(h)) state.hotspot = h;
      else {
        state.hotspot = null;
        if (h) bad.push(["hotspot", h, UI.defaults.hotspot]);
      }
    } else if (!initial) state.hotspot = null;
    notes.splice(0, notes.length, ...bad);
    return true;
  };

  const showNotes = () => {
    let box = document.getElementById("url-note");
    if (!notes.length) {
      box?.remove();
      return;
    }
    if (!box) {
      box = document.createElement("p");
      box.id = "url-note";
      box.className = "url-note";
      box.setAttribute("role", "status");
      document.querySelector("main h1")?.after(box);
    }
    box.replaceChildren(
      ...LANGS.map((lang) => {
        const span = document.createElement("span");
        span.className = "t";
        span.lang = lang;
        span.textContent = notes.map(([n, v, used]) => UI.badParam[lang](n, v, used[lang])).join(" ");
        return span;
      }),
    );
  };

  let urlFrame = 0;
  const writeUrl = () => {
    cancelAnimationFrame(urlFrame);
    urlFrame = requestAnimationFrame(() => {
      const hash = `#${stateHash()}`;
      if (location.hash !== hash) history.replaceState(history.state, "", hash);
      const printUrl = document.getElementById("print-url");
      if (printUrl) printUrl.textContent = shareUrl();
    });
  };

  const updateSnippets = () => {
    for (const panel of document.querySelectorAll(".embed-panel[data-embed-for]")) {
      const kind = panel.dataset.embedFor;
      const script = panel.querySelector('code[data-snippet="script"]');
      const iframe = panel.querySelector('code[data-snippet="iframe"]');
      if (script) script.textContent = scriptSnippet(kind);
      if (iframe) iframe.textContent = iframeSnippet(kind);
    }
  };

  const updateRisk = () => {
    const { risk, level } = riskAt(state.value);
    if (map) {
      // The tint: a documented custom property (0..1) and a data attribute on the map's
      // host; page.css maps data-risk to the widgets' public --explainer-accent.
      map.style.setProperty("--hotspot-risk", (risk / 100).toFixed(2));
      map.setAttribute("data-risk", level.id);
    }
    const legend = document.getElementById("risk-legend");
    if (legend) {
      legend.setAttribute("data-risk", level.id);
      for (const b of legend.querySelectorAll('[data-out="value"]')) b.textContent = String(state.value);
      for (const b of legend.querySelectorAll('[data-out="risk"]')) b.textContent = String(risk);
      for (const b of legend.querySelectorAll('[data-out="level-ja"]')) b.textContent = level.ja;
      for (const b of legend.querySelectorAll('[data-out="level-en"]')) b.textContent = level.en;
    }
    const printState = document.getElementById("slider-print-state");
    if (printState) {
      const z = zoneAt(state.value);
      printState.replaceChildren(
        Object.assign(document.createElement("span"), {
          className: "t",
          lang: "ja",
          textContent: `スライダーの位置:${state.value}/100(${z.ja})。この配分でのモデルの危機リスク(既定の前提):${risk}/100。`,
        }),
        Object.assign(document.createElement("span"), {
          className: "t",
          lang: "en",
          textContent: `Slider position: ${state.value}/100 (${z.en}). The model's crisis risk at this mix (default assumptions): ${risk}/100.`,
        }),
      );
    }
  };

  const updateMeasures = () => {
    const section = document.getElementById("measures");
    if (!section) return;
    section.setAttribute("data-selected", state.hotspot ?? "");
    for (const m of section.querySelectorAll(".measure[data-hotspot]")) {
      m.hidden = Boolean(state.hotspot) && m.dataset.hotspot !== state.hotspot;
      m.classList.toggle("is-selected", m.dataset.hotspot === state.hotspot);
    }
    const prompt = document.getElementById("measures-prompt");
    if (prompt) prompt.hidden = Boolean(state.hotspot);
    let all = document.getElementById("measures-all");
    if (state.hotspot && !all) {
      all = document.createElement("button");
      all.type = "button";
      all.id = "measures-all";
      all.className = "tool measures-all";
      all.innerHTML = '<span class="t" lang="ja">四つの地点すべてを表示</span><span class="t" lang="en">Show all four places</span>';
      all.addEventListener("click", guard("show all", () => {
        state.hotspot = null;
        map?.removeAttribute("selected");
        render();
      }));
      section.querySelector("h3")?.after(all);
    } else if (!state.hotspot && all) {
      all.remove();
    }
  };

  const setLang = (lang, { remember }) => {
    state.lang = lang;
    root.lang = lang;
    root.setAttribute("data-lang", lang);
    document.title = TITLES[lang];
    for (const b of document.querySelectorAll("[data-set-lang]")) b.setAttribute("aria-pressed", String(b.dataset.setLang === lang));
    if (remember) {
      try {
        localStorage.setItem(STORE_KEY, lang);
      } catch {
        // Storage blocked: the choice lasts for this page only.
      }
    }
  };

  const render = () => {
    setLang(state.lang, { remember: false });
    if (slider && slider.getAttribute("value") !== String(state.value)) slider.setAttribute("value", String(state.value));
    if (map) {
      if (state.hotspot && map.getAttribute("selected") !== state.hotspot) map.setAttribute("selected", state.hotspot);
      if (!state.hotspot && map.hasAttribute("selected")) map.removeAttribute("selected");
    }
    updateRisk();
    updateMeasures();
    updateSnippets();
    showNotes();
  };

  // Restore: the hash (if it holds state), boot.js has already chosen the language.
  applyHash(location.hash, { initial: true });
  render();

  // The reader's controls.
  for (const b of document.querySelectorAll("[data-set-lang]")) {
    b.addEventListener("click", guard("language switch", () => {
      setLang(b.dataset.setLang, { remember: true });
      updateSnippets();
      writeUrl();
    }));
  }
  document.getElementById("copy-link")?.addEventListener("click", guard("copy link", async () => {
    const url = shareUrl();
    const ok = await copyText(url);
    status.textContent = ok ? t(UI.copied) + url : t(UI.copyFailed) + url;
  }));
  document.getElementById("print-page")?.addEventListener("click", () => window.print());

  for (const panel of document.querySelectorAll(".embed-panel")) {
    const out = document.createElement("p");
    out.className = "status";
    out.setAttribute("role", "status");
    panel.querySelector(".embed-body")?.append(out);
    for (const button of panel.querySelectorAll("button[data-copy]")) {
      button.addEventListener("click", guard("copy snippet", async () => {
        const code = panel.querySelector(`code[data-snippet="${button.dataset.copy}"]`);
        const text = code?.textContent ?? "";
        const ok = await copyText(text);
        out.textContent = ok ? t(UI.snippetCopied) : t(UI.copyFailed) + text;
      }));
    }
  }

  // The widgets' public events.
  document.addEventListener("deterrence-change", guard("deterrence-change", (e) => {
    if (e.target !== slider || typeof e.detail?.value !== "number") return;
    state.value = clampValue(e.detail.value);
    updateRisk();
    updateSnippets();
    writeUrl();
  }));
  document.addEventListener("hotspot-select", guard("hotspot-select", (e) => {
    if (e.target !== map) return;
    const id = e.detail?.id;
    state.hotspot = HOTSPOTS.includes(id) ? id : null;
    updateMeasures();
    updateSnippets();
    writeUrl();
  }));
  document.addEventListener("glossary-open", guard("glossary-open", (e) => {
    if (typeof e.detail?.term !== "string") return;
    state.term = e.detail.term;
    updateSnippets();
  }));
  // In-page links (contents, sources, skip link) scroll and move focus without replacing
  // the state in the address bar, so the URL stays shareable.
  document.addEventListener("click", guard("in-page link", (e) => {
    const a = e.target instanceof Element ? e.target.closest('a[href^="#"]') : null;
    if (!a || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    const id = decodeURIComponent(a.getAttribute("href").slice(1));
    const target = id && !id.includes("=") ? document.getElementById(id) : null;
    if (!target) return;
    e.preventDefault();
    if (!target.matches("a[href], button, input, [tabindex]")) target.setAttribute("tabindex", "-1");
    target.scrollIntoView({ block: "start" });
    target.focus({ preventScroll: true });
  }));
  window.addEventListener("hashchange", guard("hashchange", () => {
    if (applyHash(location.hash, { initial: false })) render();
  }));

  // A build without <hotspot-map> (it is optional for page authors): once the loader has
  // defined the other elements, hide what only makes sense with a live map.
  customElements.whenDefined("deterrence-slider").then(guard("map check", () => {
    if (customElements.get("hotspot-map")) return;
    for (const el of document.querySelectorAll('#risk-legend, #measures-prompt, .embed-panel[data-embed-for="hotspot-map"]')) el.hidden = true;
  }));

  initGlossarySearch();
  const printUrl = document.getElementById("print-url");
  if (printUrl) printUrl.textContent = shareUrl();
}

function initGlossarySearch() {
  const input = document.getElementById("gi-q");
  const list = document.getElementById("gi-list");
  const count = document.getElementById("gi-count");
  if (!input || !list) return;
  const fold = (s) =>
    s
      .normalize("NFKC")
      .toLowerCase()
      .replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));
  let entries = null;
  const total = list.children.length;
  const run = () => {
    entries ??= [...list.children].map((li) => ({ li, text: fold(`${li.textContent} ${li.dataset.also ?? ""}`) }));
    const words = fold(input.value).split(/\s+/).filter(Boolean);
    let n = 0;
    for (const { li, text } of entries) {
      const hit = words.every((w) => text.includes(w));
      li.hidden = !hit;
      if (hit) n += 1;
    }
    count.textContent = words.length ? t(UI.count)(n, total) : "";
  };
  input.addEventListener("input", guard("glossary search", run));
  if (input.value) run();
}

// ---------------------------------------------------------------------------------
// Embed mode: one widget alone, a source line, a link back; posts its height.
// ---------------------------------------------------------------------------------

function initEmbed() {
  const query = new URLSearchParams(location.search);
  const kind = query.get("embed") ?? "";
  const notes = [];

  // Remove the lesson before explainers.js defines the elements: nothing else mounts.
  const box = document.getElementById("embed");
  for (const el of [...document.body.children]) if (el !== box) el.remove();
  box.hidden = false;

  if (query.has("lang")) {
    const l = normLang(query.get("lang"));
    if (!l) notes.push(["lang", query.get("lang"), UI.defaults.lang]);
  }
  const view = document.createElement("div");
  view.className = "embed-view";
  const heading = document.createElement("h1");
  heading.className = "visually-hidden";
  heading.textContent = WIDGET[kind] ? WIDGET[kind].title[state.lang] : TITLES[state.lang];
  view.append(heading);
  box.append(view);

  const note = document.createElement("div");
  note.className = "embed-note";
  note.setAttribute("role", "status");

  let widget = null;
  if (kind === "deterrence-slider") {
    if (query.has("value")) {
      const v = parseValue(query.get("value"));
      state.value = v.value;
      if (v.bad) notes.push(["value", query.get("value"), UI.defaults.value(v.value)]);
    }
    widget = document.createElement("deterrence-slider");
    widget.setAttribute("value", String(state.value));
  } else if (kind === "hotspot-map") {
    const sel = query.get("selected");
    if (HOTSPOTS.includes(sel)) state.hotspot = sel;
    else if (sel) notes.push(["selected", sel, UI.defaults.hotspot]);
    widget = document.createElement("hotspot-map");
    if (state.hotspot) widget.setAttribute("selected", state.hotspot);
  }

  const lines = [];
  if (notes.length) {
    lines.push(notes.map(([n, v, used]) => UI.badParam[state.lang](n, v, used[state.lang])).join(" "));
  }
  if (widget) {
    document.title = WIDGET[kind].title[state.lang];
    widget.className = "embed-widget";
    // Shown until the wasm arrives, or if this build or browser cannot run it.
    const fallback = document.createElement("p");
    fallback.className = "fallback";
    fallback.textContent = t(UI.loading)(WIDGET[kind].title[state.lang]);
    widget.append(fallback);
    if (lines.length) {
      note.textContent = lines.join(" ");
      view.append(note);
    }
    view.append(widget);
  } else {
    // The default view for an unknown widget: say so and offer the two that exist.
    note.textContent = [...lines, UI.unknownEmbed[state.lang](kind)].join(" ");
    const list = document.createElement("ul");
    for (const k of EMBEDS) {
      const li = document.createElement("li");
      const a = document.createElement("a");
      a.href = embedUrl(k);
      a.textContent = WIDGET[k].title[state.lang];
      li.append(a);
      list.append(li);
    }
    note.append(list);
    view.append(note);
  }

  const foot = document.createElement("p");
  foot.className = "embed-source";
  if (widget) foot.append(WIDGET[kind].source[state.lang], " ");
  const back = document.createElement("a");
  back.target = "_blank";
  back.rel = "noopener";
  back.textContent = t(UI.openFull);
  const updateBack = () => {
    back.href = shareUrl();
  };
  updateBack();
  foot.append(back);
  view.append(foot);

  document.addEventListener("deterrence-change", guard("embed deterrence-change", (e) => {
    if (e.target === widget && typeof e.detail?.value === "number") {
      state.value = clampValue(e.detail.value);
      updateBack();
    }
  }));
  document.addEventListener("hotspot-select", guard("embed hotspot-select", (e) => {
    if (e.target !== widget) return;
    state.hotspot = HOTSPOTS.includes(e.detail?.id) ? e.detail.id : null;
    updateBack();
  }));

  // Height to the parent, whenever it changes, and again when the parent asks.
  let last = -1;
  const post = (force) => {
    if (window.parent === window) return;
    const height = Math.ceil(view.getBoundingClientRect().height);
    if (height === last && !force) return;
    last = height;
    window.parent.postMessage({ type: HEIGHT_MESSAGE, height, embed: kind }, "*");
  };
  new ResizeObserver(guard("embed resize", () => post(false))).observe(view);
  window.addEventListener("message", guard("embed measure", (e) => {
    if (e.source === window.parent && e.data && e.data.type === MEASURE_MESSAGE) post(true);
  }));
}

guard("init", () => {
  if (new URLSearchParams(location.search).has("embed")) initEmbed();
  else initPage();
})();
