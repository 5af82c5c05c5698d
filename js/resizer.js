// east-asia-explainers iframe resizer (optional). A host page that embeds the teaching
// page in an iframe (index.html?embed=…) adds this one script; each embed then gets the
// height of its content, and keeps it as the content grows or shrinks:
//
//   <iframe src="https://HOST/PATH/index.html?embed=hotspot-map&amp;lang=en" title="…"
//           width="100%" height="760" loading="lazy" style="border:0"></iframe>
//   <script src="https://HOST/PATH/resizer.js" async></script>
//
// It accepts a message only if it comes from one of the page's iframes (event.source is
// that iframe's window) that it recognises as an embed: a src with an `embed` parameter,
// on an origin that is not opaque (no `data:` or sandboxed frame), the same origin as the
// message, and the message's shape {type: "east-asia-explainers:height", height: number,
// embed: that parameter}. Anything else (a third-party ad, a frame of the host's own) is
// ignored. Loading it twice is harmless. No dependencies, no globals besides one flag,
// which an element with the same id cannot fake.
(function () {
  var KEY = "__eastAsiaExplainersResizer";
  if (window[KEY] === true) return;
  Object.defineProperty(window, KEY, { value: true });

  var HEIGHT = "east-asia-explainers:height";
  var MEASURE = "east-asia-explainers:measure";
  var MAX = 20000;

  // The embed iframe whose window sent the message, if the message is from its origin
  // and names the widget its src asks for.
  function frameFor(source, origin, embed) {
    if (origin === "null") return null;
    var frames = document.getElementsByTagName("iframe");
    for (var i = 0; i < frames.length; i++) {
      var f = frames[i];
      if (f.contentWindow !== source) continue;
      var src;
      try {
        src = new URL(f.getAttribute("src") || "", location.href);
      } catch (e) {
        return null;
      }
      var asked = src.searchParams.get("embed");
      return src.origin === origin && asked !== null && asked === embed ? f : null;
    }
    return null;
  }

  window.addEventListener("message", function (event) {
    var data = event.data;
    if (!data || typeof data !== "object" || data.type !== HEIGHT) return;
    var height = data.height;
    if (typeof height !== "number" || !isFinite(height) || height <= 0 || height > MAX) return;
    var frame = frameFor(event.source, event.origin, data.embed);
    if (!frame) return;
    frame.style.height = Math.ceil(height) + "px";
  });

  // An embed that loaded before this script posted its height to nobody: ask again.
  function ask() {
    var frames = document.getElementsByTagName("iframe");
    for (var i = 0; i < frames.length; i++) {
      var f = frames[i];
      try {
        var origin = new URL(f.getAttribute("src") || "", location.href).origin;
        if (f.contentWindow && origin !== "null") f.contentWindow.postMessage({ type: MEASURE }, origin);
      } catch (e) {
        // An iframe without a usable src: not ours.
      }
    }
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", ask);
  else ask();
  window.addEventListener("load", ask);
})();
