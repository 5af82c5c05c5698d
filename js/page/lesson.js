// The full teaching page: the state restored from and written to the URL, the map tinted
// by the slider's risk, the measures filtered by the selected hotspot, the language
// switch, copy link, the embed panels. It talks to the widgets only the way any host
// page may: attributes and properties in, documented events out.

import { LANGS, TEXT, zoneAt } from "./data.js";
import { initGlossarySearch } from "./search.js";
import { updateSnippets } from "./snippets.js";
import { applyHash, isHotspot, parseLayers, shareUrl, state, stateHash, t } from "./state.js";
import { clampValue, copyText, format, guard } from "./util.js";

/** How the page names a level of the model's risk (its own reading of the number). */
const LEVELS = [
  { max: 29, id: "low", text: TEXT.level_low },
  { max: 44, id: "moderate", text: TEXT.level_moderate },
  { max: 59, id: "high", text: TEXT.level_high },
  { max: 100, id: "severe", text: TEXT.level_severe },
];

const STORE_KEY = "east-asia-explainers:lang";
const root = document.documentElement;

/** The map's tint, the legend and the printed state, from the slider's risk. */
function updateRisk(map) {
  const { risk, value } = state;
  const level = risk === null ? null : LEVELS.find((l) => risk <= l.max);
  if (map) {
    // The tint: a documented custom property (0..1) and a data attribute on the map's
    // host; page.css maps data-risk to the widgets' public --explainer-accent.
    if (level) {
      map.style.setProperty("--hotspot-risk", (risk / 100).toFixed(2));
      map.setAttribute("data-risk", level.id);
    } else {
      map.style.removeProperty("--hotspot-risk");
      map.removeAttribute("data-risk");
    }
  }
  const legend = document.getElementById("risk-legend");
  if (legend) {
    if (level) legend.setAttribute("data-risk", level.id);
    else legend.removeAttribute("data-risk");
    const out = (name, text) => {
      for (const b of legend.querySelectorAll(`[data-out="${name}"]`)) b.textContent = text;
    };
    out("value", String(value));
    out("risk", risk === null ? "…" : String(risk));
    for (const lang of LANGS) out(`level-${lang}`, level?.text[lang] ?? "…");
  }
  const printState = document.getElementById("slider-print-state");
  const zone = zoneAt(value);
  if (printState && zone && risk !== null) {
    printState.replaceChildren(
      ...LANGS.map((lang) =>
        Object.assign(document.createElement("span"), { className: "t", lang, textContent: format(TEXT.print_state[lang], { value, zone: zone[lang], risk }) }),
      ),
    );
  }
}

/**
 * Selects `id` (null: nothing) on the map through its public `selected` property, whose
 * setter (the loader's, from widgets/hotspot-map/widget.toml) writes the `hotspot`
 * attribute and drops the older `selected` one. Once the element is defined, so that
 * the assignment reaches the setter instead of shadowing it.
 */
function selectOnMap(map, id) {
  customElements.whenDefined(map.localName).then(() => {
    if (map.selected !== id) map.selected = id;
  });
}

/** Shows only the selected hotspot's measures, with a button to show all four. */
function updateMeasures(map, render) {
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
    all.append(...LANGS.map((lang) => Object.assign(document.createElement("span"), { className: "t", lang, textContent: TEXT.show_all[lang] })));
    all.addEventListener("click", guard("show all", () => {
      state.hotspot = null;
      if (map) selectOnMap(map, null);
      render();
    }));
    section.querySelector("h3")?.after(all);
  } else if (!state.hotspot && all) {
    all.remove();
  }
}

/** Notes on unusable URL parameters, in both languages, under the title. */
function showNotes(notes) {
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
      span.textContent = notes.map(([name, value, used]) => format(TEXT.bad_param[lang], { name, value, used: used[lang] })).join(" ");
      return span;
    }),
  );
}

function setLang(lang, { remember }) {
  state.lang = lang;
  root.lang = lang;
  root.setAttribute("data-lang", lang);
  document.title = TEXT.title[lang];
  for (const b of document.querySelectorAll("[data-set-lang]")) b.setAttribute("aria-pressed", String(b.dataset.setLang === lang));
  if (remember) {
    try {
      localStorage.setItem(STORE_KEY, lang);
    } catch {
      // Storage blocked: the choice lasts for this page only.
    }
  }
}

/** Starts the full page. */
export function initPage() {
  const slider = document.getElementById("slider");
  const map = document.getElementById("map");
  const status = document.getElementById("page-status");
  let notes = [];

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

  const render = () => {
    setLang(state.lang, { remember: false });
    // Attributes, not properties: this runs before explainers.js defines the elements.
    if (slider && slider.getAttribute("value") !== String(state.value)) slider.setAttribute("value", String(state.value));
    if (map) selectOnMap(map, state.hotspot);
    if (map && (map.getAttribute("layers") ?? "") !== state.layers) {
      if (state.layers) map.setAttribute("layers", state.layers);
      else map.removeAttribute("layers");
    }
    updateRisk(map);
    updateMeasures(map, render);
    updateSnippets();
    showNotes(notes);
  };

  // Restore: the hash (if it holds state); boot.js has already chosen the language.
  notes = applyHash(location.hash, { initial: true }) ?? [];
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
    status.textContent = ok ? t(TEXT.copied) + url : t(TEXT.copy_failed) + url;
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
        out.textContent = ok ? t(TEXT.snippet_copied) : t(TEXT.copy_failed) + text;
      }));
    }
  }

  // The widgets' public events and properties. The slider publishes the model's risk
  // at the reader's position and assumptions (`el.risk`, and in every change).
  document.addEventListener("explainer-ready", guard("explainer-ready", (e) => {
    if (e.target !== slider || typeof slider.risk !== "number") return;
    state.risk = slider.risk;
    updateRisk(map);
  }));
  document.addEventListener("deterrence-change", guard("deterrence-change", (e) => {
    if (e.target !== slider || typeof e.detail?.value !== "number") return;
    state.value = clampValue(e.detail.value);
    state.risk = typeof e.detail.risk === "number" ? e.detail.risk : null;
    updateRisk(map);
    updateSnippets();
    writeUrl();
  }));
  document.addEventListener("hotspot-select", guard("hotspot-select", (e) => {
    if (e.target !== map) return;
    const id = e.detail?.id;
    state.hotspot = isHotspot(id) ? id : null;
    updateMeasures(map, render);
    updateSnippets();
    writeUrl();
  }));
  document.addEventListener("layers-change", guard("layers-change", (e) => {
    if (e.target !== map) return;
    state.layers = parseLayers(e.detail?.layers).value;
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
    const bad = applyHash(location.hash, { initial: false });
    if (bad === null) return;
    notes = bad;
    render();
  }));

  initGlossarySearch();
  const printUrl = document.getElementById("print-url");
  if (printUrl) printUrl.textContent = shareUrl();
}
