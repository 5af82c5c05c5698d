// The teaching page's behaviour (docs/teaching-page.md), as small modules in
// js/page/: the state and its URL form (state.js), the full page (lesson.js), embed
// mode (embed.js), the embed snippets (snippets.js), the glossary search (search.js),
// and what it reads from index.html (data.js): the content facts and the page's words,
// generated from widgets/ (widgets/page/text.toml).
// It runs before explainers.js (module scripts run in document order), so in embed mode
// the lesson is removed before any widget mounts. Nothing here throws into the page.
//
//   full page   index.html#lang=en&value=30&hotspot=taiwan
//   embed mode  index.html?embed=hotspot-map&lang=en&hotspot=taiwan
//               index.html?embed=deterrence-slider&lang=ja&value=30
//   link cards  en/ (the full page in English), en/hotspot-map/ (the map's embed page):
//               copies that scripts/linkcards.mjs writes with their parameters in
//               <html data-query>, which the address's own query overrides

import { initEmbed } from "./page/embed.js";
import { initPage } from "./page/lesson.js";
import { guard, pageQuery } from "./page/util.js";

guard("init", () => {
  if (pageQuery().has("embed")) initEmbed();
  else initPage();
})();
