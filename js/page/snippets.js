// The copy-paste code the embed panels offer: the script-tag form and the iframe form,
// for the widgets in the page's current state (the iframe's own code: embed-code.js).

import { TEXT } from "./data.js";
import { EMBEDS, embedAddress, escapeHtml, iframeTag } from "./embed-code.js";
import { pageUrl, state } from "./state.js";

/** The two widgets a page can embed alone: their title and source line (the page's words)
 * and the iframe's height. */
export const WIDGET = Object.fromEntries(
  Object.entries(EMBEDS).map(([kind, e]) => [kind, { title: TEXT[e.title], source: TEXT[e.source], height: e.height }]),
);

/** A file of the bundle, beside the teaching page's own files (this module is in page/). */
function bundleUrl(file) {
  return new URL(`../${file}`, import.meta.url).href;
}

/** The page's embed mode for `kind` in state `s` (the iframe's address). */
export function embedUrl(kind, s = state) {
  return embedAddress(pageUrl(), kind, s);
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
  return `${iframeTag(pageUrl(), kind, s, WIDGET[kind].title[s.lang])}\n<script src="${escapeHtml(bundleUrl("resizer.js"))}" async></script>`;
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
