// Teaching page, before first paint (a tiny classic script in <head>, so it blocks only
// for itself): picks the language and embed mode, so the first frame already shows one
// language and, in embed mode, no lesson. Everything else is in page.js.
//
// The parameters: the page's own (<html data-query>: the copies in one language and the
// widgets' embed pages that scripts/linkcards.mjs writes), each overridden by the
// address's query (js/page/util.js's pageQuery reads them the same way).
// Language: ?lang= in embed mode; otherwise #lang=, else ?lang= (en/ is the page in
// English), else the reader's remembered choice (localStorage), else Japanese. Without
// JavaScript none of this runs, <html> keeps no data-lang, and page.css shows both
// languages.
(function () {
  var root = document.documentElement;
  var lang = null;
  try {
    var query = new URLSearchParams(root.getAttribute("data-query") || "");
    new URLSearchParams(location.search).forEach(function (value, name) {
      query.set(name, value);
    });
    if (query.has("embed")) {
      root.setAttribute("data-embed", query.get("embed") || "");
      lang = query.get("lang");
    } else {
      lang = new URLSearchParams(location.hash.slice(1)).get("lang") || query.get("lang");
      if (!lang) lang = localStorage.getItem("east-asia-explainers:lang");
    }
  } catch (e) {
    // Storage may be blocked (privacy settings, sandboxed iframes): fall back to Japanese.
  }
  lang = String(lang || "").toLowerCase().split("-")[0] === "en" ? "en" : "ja";
  root.lang = lang;
  root.setAttribute("data-lang", lang);
})();
