// Filters the page's glossary index as the reader types (kana and width folded).

import { TEXT } from "./data.js";
import { t } from "./state.js";
import { format, guard } from "./util.js";

const fold = (s) =>
  s
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));

/** Wires the search box (#gi-q) to the index list (#gi-list). */
export function initGlossarySearch() {
  const input = document.getElementById("gi-q");
  const list = document.getElementById("gi-list");
  const count = document.getElementById("gi-count");
  if (!input || !list) return;
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
    count.textContent = words.length ? format(t(TEXT.count), { n, total }) : "";
  };
  input.addEventListener("input", guard("glossary search", run));
  if (input.value) run();
}
