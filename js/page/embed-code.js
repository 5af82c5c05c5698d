// The iframe embed's code: what the "Embed this" panels show (snippets.js) and what the
// link cards' oEmbed files carry (scripts/linkcards.mjs), from one owner. No DOM and no
// page state here, so Node imports it too.

/**
 * The widgets a page can embed alone: the keys of their title and source line among the
 * page's words (widgets/page/text.toml), the iframe's height, and the width an oEmbed
 * consumer is told (the iframe itself fills its column, `width="100%"`).
 */
export const EMBEDS = {
  "deterrence-slider": { title: "slider_title", source: "slider_source", width: 720, height: 900 },
  "hotspot-map": { title: "map_title", source: "map_source", width: 720, height: 760 },
};

/** The page's first state, before a reader or the address changes it. */
export const DEFAULTS = { value: 50, hotspot: null, layers: "" };

/** Text escaped for HTML text and double-quoted attribute values. */
export function escapeHtml(text) {
  return String(text).replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");
}

/**
 * The teaching page at `page` (an address without query or hash) in embed mode for
 * `kind`, in state `s` ({lang, value, hotspot, layers}): the iframe's address.
 */
export function embedAddress(page, kind, s) {
  const p = new URLSearchParams({ embed: kind, lang: s.lang });
  if (kind === "deterrence-slider") p.set("value", String(s.value));
  if (kind === "hotspot-map" && s.hotspot) p.set("hotspot", s.hotspot);
  if (kind === "hotspot-map" && s.layers) p.set("layers", s.layers);
  return `${page}?${p}`;
}

/** The iframe element for `kind` in state `s` of the page at `page`, titled `title`. */
export function iframeTag(page, kind, s, title) {
  return `<iframe src="${escapeHtml(embedAddress(page, kind, s))}" title="${escapeHtml(title)}" width="100%" height="${EMBEDS[kind].height}" loading="lazy" style="border:0"></iframe>`;
}
