// The copy-paste code the embed panels offer: the script-tag form and the iframe form,
// for the widgets in the page's current state.

import { TEXT } from "./data.js";
import { pageUrl, state } from "./state.js";
import { escapeHtml } from "./util.js";

/** The two widgets a page can embed alone: their title and source line (the page's words)
 * and the iframe's height. */
export const WIDGET = {
  "deterrence-slider": { title: TEXT.slider_title, source: TEXT.slider_source, height: 900 },
  "hotspot-map": { title: TEXT.map_title, source: TEXT.map_source, height: 760 },
};

function bundleUrl(file) {
  return new URL(file, location.href).href;
}

/** The page's embed mode for `kind` in state `s` (the iframe's address). */
export function embedUrl(kind, s = state) {
  const p = new URLSearchParams({ embed: kind, lang: s.lang });
  if (kind === "deterrence-slider") p.set("value", String(s.value));
  if (kind === "hotspot-map" && s.hotspot) p.set("hotspot", s.hotspot);
  if (kind === "hotspot-map" && s.layers) p.set("layers", s.layers);
  return `${pageUrl()}?${p}`;
}

/** The headword of a glossary entry in a language, from the page's own index. */
function termWord(term, lang) {
  const el = document.querySelector(`#term-${CSS.escape(term)} span[lang="${lang}"] glossary-term`);
  return el ? el.textContent.trim() : term;
}

/** The script tag and the element, for `kind` in state `s`. */
export function scriptSnippet(kind, s = state) {
  const tag = `<script type="module" src="${escapeHtml(bundleUrl("explainers.js"))}"></script>`;
  if (kind === "deterrence-slider") return `${tag}\n<deterrence-slider lang="${s.lang}" value="${s.value}"></deterrence-slider>`;
  if (kind === "hotspot-map") {
    const hotspot = s.hotspot ? ` hotspot="${s.hotspot}"` : "";
    const layers = s.layers ? ` layers="${escapeHtml(s.layers)}"` : "";
    return `${tag}\n<hotspot-map lang="${s.lang}"${hotspot}${layers}></hotspot-map>`;
  }
  return `${tag}\n<glossary-term lang="${s.lang}" term="${escapeHtml(s.term)}">${escapeHtml(termWord(s.term, s.lang))}</glossary-term>`;
}

/** The iframe and the resizer script, for `kind` in state `s`. */
export function iframeSnippet(kind, s = state) {
  const w = WIDGET[kind];
  return (
    `<iframe src="${escapeHtml(embedUrl(kind, s))}" title="${escapeHtml(w.title[s.lang])}" width="100%" height="${w.height}" loading="lazy" style="border:0"></iframe>\n` +
    `<script src="${escapeHtml(bundleUrl("resizer.js"))}" async></script>`
  );
}

/** Rewrites every embed panel's code for the current state. */
export function updateSnippets() {
  for (const panel of document.querySelectorAll(".embed-panel[data-embed-for]")) {
    const kind = panel.dataset.embedFor;
    const script = panel.querySelector('code[data-snippet="script"]');
    const iframe = panel.querySelector('code[data-snippet="iframe"]');
    if (script) script.textContent = scriptSnippet(kind);
    if (iframe) iframe.textContent = iframeSnippet(kind);
  }
}
