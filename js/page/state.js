// The page's state (language, slider value, selected hotspot, the map's layers, last term
// opened) and its form in the URL: the full page keeps it in the hash
// (#lang=en&value=30&hotspot=taiwan&layers=adiz).

import { LANGS, PAGE_DATA, TEXT } from "./data.js";
import { DEFAULTS } from "./embed-code.js";
import { fill, normLang, parseValue } from "./util.js";

const root = document.documentElement;

/** The one state object the page's modules share. `risk` is the slider's (null until it reports). */
export const state = { lang: LANGS.includes(root.lang) ? root.lang : LANGS[0], ...DEFAULTS, term: "reassurance", risk: null };

/** `entry` (a `{ja, en}` text) in the page's language. */
export function t(entry) {
  return entry[state.lang] ?? entry[LANGS[0]];
}

/** Is `id` a hotspot of the map? */
export function isHotspot(id) {
  return PAGE_DATA.hotspots.includes(id);
}

/**
 * Reads a `layers` value (ids separated by spaces): the known ids in the map's order,
 * joined by one space, and the tokens that name no layer.
 */
export function parseLayers(raw) {
  const tokens = String(raw ?? "").split(/\s+/).filter(Boolean);
  const known = PAGE_DATA.layers.filter((id) => tokens.includes(id));
  return { value: known.join(" "), unknown: tokens.filter((x) => !PAGE_DATA.layers.includes(x)) };
}

/**
 * The full page's address, without query or hash: the page a widget's embed page belongs
 * to (`<html data-page>`); else the page in the reader's language where this one names it
 * (`<link rel="alternate" hreflang>`, which scripts/linkcards.mjs writes when built with a
 * public URL, so that a shared link's card is in that language); else this one.
 */
export function pageUrl() {
  const page = root.getAttribute("data-page");
  if (page) return new URL(page, location.href).href;
  const alternate = document.querySelector(`link[rel="alternate"][hreflang="${state.lang}"]`);
  return alternate ? alternate.href : location.origin + location.pathname;
}

/** The state as the hash's parameters. */
export function stateHash(s = state) {
  const p = new URLSearchParams({ lang: s.lang, value: String(s.value) });
  if (s.hotspot) p.set("hotspot", s.hotspot);
  if (s.layers) p.set("layers", s.layers);
  return p.toString();
}

/** A link that opens the page in this state. */
export function shareUrl() {
  return `${pageUrl()}#${stateHash()}`;
}

/**
 * Reads a hash into the state, checked. Returns null when the hash holds no state,
 * else the list of unusable parameters as [name, value, what is used instead].
 */
export function applyHash(hash, { initial }) {
  const raw = hash.replace(/^#/, "");
  if (!raw.includes("=")) return null;
  const p = new URLSearchParams(raw);
  const bad = [];
  if (p.has("lang")) {
    const l = normLang(p.get("lang"));
    if (l) state.lang = l;
    else bad.push(["lang", p.get("lang"), TEXT.default_lang]);
  }
  if (p.has("value")) {
    const v = parseValue(p.get("value"));
    state.value = v.value;
    if (v.bad) bad.push(["value", p.get("value"), fill(TEXT.default_value, { value: v.value })]);
  }
  if (p.has("hotspot")) {
    const h = p.get("hotspot");
    state.hotspot = isHotspot(h) ? h : null;
    if (h && !state.hotspot) bad.push(["hotspot", h, TEXT.default_hotspot]);
  } else if (!initial) state.hotspot = null;
  if (p.has("layers")) {
    const l = parseLayers(p.get("layers"));
    state.layers = l.value;
    if (l.unknown.length) bad.push(["layers", l.unknown.join(" "), TEXT.default_layers]);
  } else if (!initial) state.layers = "";
  return bad;
}
