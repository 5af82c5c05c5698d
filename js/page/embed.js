// Embed mode (index.html?embed=hotspot-map&lang=en&hotspot=taiwan): one widget alone,
// its source line and a link back to the full page; posts its height to the parent
// (js/resizer.js reads it).

import { isHotspot, parseLayers, shareUrl, state, t } from "./state.js";
import { TEXT } from "./data.js";
import { embedUrl, WIDGET } from "./snippets.js";
import { clampValue, fill, format, guard, normLang, pageQuery, parseValue } from "./util.js";

/** The message an embed posts to its parent: {type, height, embed}. */
const HEIGHT_MESSAGE = "east-asia-explainers:height";
/** A parent (js/resizer.js) may ask an embed to post its height again. */
const MEASURE_MESSAGE = "east-asia-explainers:measure";

/** The longest part of a parameter's value a note repeats. */
const ECHO_MAX = 60;

/** A value from the URL as a note repeats it: cut short. */
const echo = (v) => (v.length > ECHO_MAX ? v.slice(0, ECHO_MAX) + "…" : v);

/** The widget asked for, with its attributes from the query; notes on bad parameters. */
function widgetFor(kind, query, notes) {
  if (kind === "deterrence-slider") {
    if (query.has("value")) {
      const v = parseValue(query.get("value"));
      state.value = v.value;
      if (v.bad) notes.push(["value", echo(query.get("value")), fill(TEXT.default_value, { value: v.value })]);
    }
    const widget = document.createElement("deterrence-slider");
    widget.setAttribute("value", String(state.value));
    return widget;
  }
  if (kind === "hotspot-map") {
    // `selected` is the parameter's older name (links made before 0.2).
    const name = query.has("hotspot") ? "hotspot" : "selected";
    const id = query.get(name);
    if (isHotspot(id)) state.hotspot = id;
    else if (id) notes.push([name, echo(id), TEXT.default_hotspot]);
    if (query.has("layers")) {
      const l = parseLayers(query.get("layers"));
      state.layers = l.value;
      if (l.unknown.length) notes.push(["layers", echo(l.unknown.join(" ")), TEXT.default_layers]);
    }
    const widget = document.createElement("hotspot-map");
    if (state.hotspot) widget.setAttribute("hotspot", state.hotspot);
    if (state.layers) widget.setAttribute("layers", state.layers);
    return widget;
  }
  return null;
}

/** Posts the view's height to the parent whenever it changes, and when asked. */
function postHeights(view, kind) {
  let last = -1;
  const post = (force) => {
    if (window.parent === window) return;
    const height = Math.ceil(view.getBoundingClientRect().height);
    if (height === last && !force) return;
    last = height;
    window.parent.postMessage({ type: HEIGHT_MESSAGE, height, embed: kind }, "*");
  };
  new ResizeObserver(guard("embed resize", () => post(false))).observe(view);
  window.addEventListener("message", guard("embed measure", (e) => {
    if (e.source === window.parent && e.data && e.data.type === MEASURE_MESSAGE) post(true);
  }));
}

/** Starts embed mode: removes the lesson before explainers.js defines the elements. */
export function initEmbed() {
  const query = pageQuery();
  const asked = query.get("embed") ?? "";
  // Only the widgets' own names (a prototype key such as `__proto__` is unknown).
  const kind = Object.hasOwn(WIDGET, asked) ? asked : "";
  const notes = [];

  const box = document.getElementById("embed");
  for (const el of [...document.body.children]) if (el !== box) el.remove();
  box.hidden = false;

  if (query.has("lang") && !normLang(query.get("lang"))) notes.push(["lang", echo(query.get("lang")), TEXT.default_lang]);
  const view = document.createElement("div");
  view.className = "embed-view";
  const heading = document.createElement("h1");
  heading.className = "visually-hidden";
  heading.textContent = t(WIDGET[kind] ? WIDGET[kind].title : TEXT.title);
  view.append(heading);
  box.append(view);

  const note = document.createElement("div");
  note.className = "embed-note";
  note.setAttribute("role", "status");
  const widget = widgetFor(kind, query, notes);
  const lines = notes.length ? [notes.map(([name, value, used]) => format(t(TEXT.bad_param), { name, value, used: t(used) })).join(" ")] : [];
  if (widget) {
    document.title = WIDGET[kind].title[state.lang];
    widget.className = "embed-widget";
    // Shown until the wasm arrives, or if this build or browser cannot run it.
    const fallback = document.createElement("p");
    fallback.className = "fallback";
    fallback.textContent = format(t(TEXT.loading), { title: t(WIDGET[kind].title) });
    widget.append(fallback);
    if (lines.length) {
      note.textContent = lines.join(" ");
      view.append(note);
    }
    view.append(widget);
  } else {
    // The default view for an unknown widget: say so and offer the two that exist.
    note.textContent = [...lines, format(t(TEXT.unknown_embed), { value: echo(asked) })].join(" ");
    const list = document.createElement("ul");
    for (const k of Object.keys(WIDGET)) {
      const a = Object.assign(document.createElement("a"), { href: embedUrl(k), textContent: WIDGET[k].title[state.lang] });
      const li = document.createElement("li");
      li.append(a);
      list.append(li);
    }
    note.append(list);
    view.append(note);
  }

  const foot = document.createElement("p");
  foot.className = "embed-source";
  if (widget) foot.append(WIDGET[kind].source[state.lang], " ");
  const back = Object.assign(document.createElement("a"), { target: "_blank", rel: "noopener", textContent: t(TEXT.open_full) });
  const updateBack = () => {
    back.href = shareUrl();
  };
  updateBack();
  foot.append(back);
  view.append(foot);

  document.addEventListener("deterrence-change", guard("embed deterrence-change", (e) => {
    if (e.target === widget && typeof e.detail?.value === "number") {
      state.value = clampValue(e.detail.value);
      updateBack();
    }
  }));
  document.addEventListener("hotspot-select", guard("embed hotspot-select", (e) => {
    if (e.target !== widget) return;
    state.hotspot = isHotspot(e.detail?.id) ? e.detail.id : null;
    updateBack();
  }));
  document.addEventListener("layers-change", guard("embed layers-change", (e) => {
    if (e.target !== widget) return;
    state.layers = parseLayers(e.detail?.layers).value;
    updateBack();
  }));
  postHeights(view, asked);
}
