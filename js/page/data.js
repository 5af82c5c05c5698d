// What the page reads from index.html, written there by the content compiler from
// widgets/ (`<script type="application/json" id="page-data">`): the hotspot ids, the
// slider's zones, the languages and the page's own words (widgets/page/text.toml). The
// page keeps no copy of its own.

const EMPTY = { hotspots: [], layers: [], zones: [], langs: [], text: {} };

function read() {
  try {
    const el = document.getElementById("page-data");
    const data = el ? JSON.parse(el.textContent) : null;
    if (data && Array.isArray(data.hotspots) && Array.isArray(data.layers) && Array.isArray(data.zones) && Array.isArray(data.langs) && data.text) return data;
  } catch {
    // Falls through to the warning.
  }
  console.warn("teaching page: no usable #page-data in index.html; run `make build`.");
  return EMPTY;
}

/** `{hotspots: [id…], layers: [id…], zones: [{id, min, max, ja, en}…], langs: [lang…], text: {key: {ja, en}}}`. */
export const PAGE_DATA = read();

/** The languages the page and the widgets have (compiler/src/data.rs). */
export const LANGS = PAGE_DATA.langs;

/** The page's words, `{key: {ja, en}}`; placeholders are filled with `format` (util.js). */
export const TEXT = PAGE_DATA.text;

/** The zone (`{id, min, max, ja, en}`) of a slider value, if the data has one. */
export function zoneAt(value) {
  return PAGE_DATA.zones.find((z) => value >= z.min && value <= z.max) ?? null;
}
