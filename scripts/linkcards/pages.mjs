// The link cards' pages: the teaching page (dist/index.html, as trunk and
// scripts/bundle.mjs left it) opened in one language, or one widget's embed page, as
// static copies whose <head> carries the card (Open Graph, Twitter) that link-preview
// scrapers read: they never run the page's script nor see its hash.

import { escapeHtml } from "../../js/page/embed-code.js";

/** Where a page of the link cards lives in dist/ (each a folder, served as its index.html). */
export const LAYOUT = {
  page: (lang) => `${lang}/`,
  embed: (lang, kind) => `${lang}/${kind}/`,
  oembed: (lang, kind) => `${lang}/${kind}/oembed.json`,
  card: (lang, hash) => `${lang}/card.${hash}.png`,
};

/** The files the link cards add under stable names (the delivery test's list). */
export const STABLE_FILES = /^[a-z]{2}\/(?:[a-z-]+\/)?(?:index\.html|oembed\.json)$/;

/** og:locale for each of the content's languages. */
export const LOCALES = { ja: "ja_JP", en: "en_US" };

const HEAD = /(<!-- page-head:start -->)[\s\S]*?(<!-- page-head:end -->)/;

/** `html` with the head's generated block (title, description; page-index's) replaced by `head`. */
export function withHead(html, head) {
  if (!HEAD.test(html)) throw new Error("dist/index.html has no <!-- page-head:start --> … end markers (run `make build`)");
  return html.replace(HEAD, (_, start, end) => `${start}\n${head}\n${end}`);
}

/** The title and description page-index wrote into the head's block (both languages). */
export function headText(html) {
  const block = HEAD.exec(html)?.[0] ?? "";
  const text = (s) => s.replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&quot;", '"').replaceAll("&amp;", "&");
  const title = /<title>([^<]*)<\/title>/.exec(block)?.[1];
  const description = /<meta name="description" content="([^"]*)"/.exec(block)?.[1];
  if (title === undefined || description === undefined) throw new Error("dist/index.html: no <title> or description in its page-head block (run `make build`)");
  return { title: text(title), description: text(description) };
}

/** The teaching page's own parameters, as <html data-query> (and data-page) state them. */
export function withRoot(html, lang, { query, page }) {
  const attrs = `lang="${lang}" data-query="${escapeHtml(query)}"${page ? ` data-page="${escapeHtml(page)}"` : ""}`;
  if (!/<html lang="[^"]*"/.test(html)) throw new Error('dist/index.html has no <html lang="…">');
  return html.replace(/<html lang="[^"]*"/, `<html ${attrs}`);
}

/**
 * `html` moved `depth` folders down: every relative `src` and `href` (the page's scripts
 * and stylesheet) gets `../` that many times; in-page (`#…`), absolute and rooted
 * addresses stay as they are.
 */
export function relocate(html, depth) {
  const up = "../".repeat(depth);
  return html.replace(/(\s(?:src|href)=")([^"]*)"/g, (all, attr, url) => {
    if (url === "" || /^(?:#|\/|[a-zA-Z][a-zA-Z0-9+.-]*:)/.test(url)) return all;
    return `${attr}${up}${url.replace(/^\.\//, "")}"`;
  });
}

/**
 * The head block of a page: its title and description, then, where `base` (the public
 * URL) is known, its canonical address, the other languages' pages, an oEmbed file and
 * the card's image, all absolute; and the card's text in any case.
 * @param {{lang: string, langs: string[], title: string, description: string, project: string,
 *   url?: string, alternates?: Record<string, string>, image?: {url: string, width: number, height: number},
 *   oembed?: string}} p
 */
export function headHtml(p) {
  const e = escapeHtml;
  const out = [`<title>${e(p.title)}</title>`, `<meta name="description" content="${e(p.description)}" />`];
  if (p.url) out.push(`<link rel="canonical" href="${e(p.url)}" />`);
  for (const [hreflang, href] of Object.entries(p.alternates ?? {})) out.push(`<link rel="alternate" hreflang="${hreflang}" href="${e(href)}" />`);
  if (p.oembed) out.push(`<link rel="alternate" type="application/json+oembed" href="${e(p.oembed)}" title="${e(p.title)}" />`);
  const og = (property, content) => out.push(`<meta property="${property}" content="${e(content)}" />`);
  og("og:type", "website");
  og("og:site_name", p.project);
  og("og:title", p.title);
  og("og:description", p.description);
  og("og:locale", LOCALES[p.lang]);
  for (const other of p.langs) if (other !== p.lang) og("og:locale:alternate", LOCALES[other]);
  if (p.url) og("og:url", p.url);
  if (p.image) {
    og("og:image", p.image.url);
    og("og:image:type", "image/png");
    og("og:image:width", String(p.image.width));
    og("og:image:height", String(p.image.height));
    og("og:image:alt", p.title);
    out.push(`<meta name="twitter:card" content="summary_large_image" />`, `<meta name="twitter:image:alt" content="${e(p.title)}" />`);
  }
  return out.join("\n");
}
