// The content facts the page needs (hotspot ids, the slider's zones), written into
// index.html by the content compiler (`<script type="application/json" id="page-data">`,
// from widgets/): the page keeps no copy of its own.

const EMPTY = { hotspots: [], zones: [] };

function read() {
  try {
    const el = document.getElementById("page-data");
    const data = el ? JSON.parse(el.textContent) : null;
    if (data && Array.isArray(data.hotspots) && Array.isArray(data.zones)) return data;
  } catch {
    // Falls through to the warning.
  }
  console.warn("teaching page: no usable #page-data in index.html; run `make build`.");
  return EMPTY;
}

/** `{hotspots: [id…], zones: [{id, min, max, ja, en}…]}`. */
export const PAGE_DATA = read();

/** The languages the page and the widgets have. */
export const LANGS = ["ja", "en"];

/** The zone (`{id, min, max, ja, en}`) of a slider value, if the data has one. */
export function zoneAt(value) {
  return PAGE_DATA.zones.find((z) => value >= z.min && value <= z.max) ?? null;
}
