// Small helpers the page's modules share.

import { LANGS } from "./data.js";

/**
 * A template of the page's words (widgets/page/text.toml) with its placeholders filled:
 * `{name}` by `values.name`, `{name|lower}` by it in lower case.
 */
export function format(template, values = {}) {
  return String(template).replace(/\{(\w+)(\|lower)?\}/g, (_, name, lower) => {
    const v = String(values[name] ?? "");
    return lower ? v.toLowerCase() : v;
  });
}

/** A text `{ja, en}` with its placeholders filled in every language. */
export function fill(entry, values) {
  return Object.fromEntries(LANGS.map((lang) => [lang, format(entry[lang], values)]));
}

/** A slider value forced into 0..100 and rounded. */
export function clampValue(v) {
  return Math.min(100, Math.max(0, Math.round(v)));
}

/**
 * The page's parameters: its own (`<html data-query>`, on the pages in one language and
 * the widgets' embed pages that scripts/linkcards.mjs writes), each overridden by the
 * address's query. boot.js reads them the same way.
 */
export function pageQuery() {
  const query = new URLSearchParams(document.documentElement.getAttribute("data-query") ?? "");
  for (const [name, value] of new URLSearchParams(location.search)) query.set(name, value);
  return query;
}

/** A lang value as the widgets accept it ("en-GB" → "en"), or null. */
export function normLang(raw) {
  const l = String(raw ?? "").trim().toLowerCase().split("-")[0];
  return LANGS.includes(l) ? l : null;
}

/** {value, bad}: a slider value from text. Non-numbers mean 50; others are clamped. */
export function parseValue(raw) {
  const n = String(raw ?? "").trim() === "" ? NaN : Number(raw);
  if (!Number.isFinite(n)) return { value: 50, bad: true };
  const value = clampValue(n);
  return { value, bad: value !== n };
}

/** `fn`, which never throws into the page: a failure is one warning. */
export function guard(name, fn) {
  return (...args) => {
    try {
      return fn(...args);
    } catch (err) {
      console.warn(`teaching page: ${name} failed: ${err && err.message ? err.message : err}`);
      return undefined;
    }
  };
}

/** Copies `text` to the clipboard; false when neither way worked. */
export async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Older browsers or a denied permission: the selection-based fallback.
    const area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.className = "offscreen";
    document.body.append(area);
    area.select();
    let ok = false;
    try {
      ok = document.execCommand("copy");
    } catch {
      ok = false;
    }
    area.remove();
    return ok;
  }
}
