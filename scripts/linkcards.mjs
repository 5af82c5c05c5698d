// Link cards: what a teaching-page link shows when pasted where only previews show
// (note, Ameba, X, LINE, Slack, Hatena). Scrapers never run the page's script nor see
// its hash, so the page's language must be in its address: this writes, into a built
// dist/ (after scripts/bundle.mjs, in `make build`),
//
//   ja/, en/                     the teaching page opened in that language (the same page
//                                and scripts, its <html data-query="lang=…">)
//   ja/hotspot-map/, …           each widget's embed page in each language
//                                (<html data-query="embed=…&lang=…">)
//
// each with its title and description in its language (the page's words,
// widgets/page/text.toml, read from #page-data) and Open Graph and Twitter meta. With a
// public URL (`make build PUBLIC_URL=https://example.org/explainers/`), also what needs
// absolute addresses: og:url, og:image (ja/card.HASH.png, rendered here, 1200×630),
// the canonical and hreflang links, the oEmbed files (ja/hotspot-map/oembed.json, the
// iframe the "Embed this" panel gives) and their discovery links; dist/index.html gets
// the card of the first language and the links to the others. Without one, those are
// left out (never a made-up host) and one notice says so.
//
//   node scripts/linkcards.mjs DIST [--public-url URL]

import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { EMBEDS, DEFAULTS, iframeTag } from "../js/page/embed-code.js";
import { contentHash } from "./hashed.mjs";
import { CARD, palette, renderCard } from "./linkcards/card.mjs";
import { headHtml, headText, LAYOUT, LOCALES, relocate, withHead, withRoot } from "./linkcards/pages.mjs";
import { parsePublicUrl } from "./linkcards/public-url.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/** The page's words and languages, from the #page-data block of the built page. */
function pageData(html) {
  const m = /<script type="application\/json" id="page-data">([\s\S]*?)<\/script>/.exec(html);
  if (!m) throw new Error("dist/index.html has no #page-data block (run `make build`)");
  const data = JSON.parse(m[1]);
  for (const lang of data.langs) if (!LOCALES[lang]) throw new Error(`linkcards: no og:locale for the language ${lang} (LOCALES in scripts/linkcards/pages.mjs)`);
  return data;
}

/** Writes the link cards into `dist`; returns what it wrote, for the summary line. */
export async function linkCards(dist, base) {
  const start = performance.now();
  const index = join(dist, "index.html");
  const page = readFileSync(index, "utf8");
  const { text, langs } = pageData(page);
  const project = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).name;
  const abs = (rel) => (base ? new URL(rel, base).href : undefined);
  const put = (rel, bytes) => {
    mkdirSync(dirname(join(dist, rel)), { recursive: true });
    writeFileSync(join(dist, rel), bytes);
  };

  const images = {};
  const written = [];
  if (base) {
    const colours = palette(readFileSync(join(root, "style/page.css"), "utf8"));
    for (const lang of langs) {
      const png = await renderCard({ title: text.title[lang], description: text.description[lang], project, colours, lang });
      images[lang] = { rel: LAYOUT.card(lang, contentHash(png)), png };
    }
  }
  const image = (lang) => (base ? { url: abs(images[lang].rel), ...CARD } : undefined);
  const alternates = base ? Object.fromEntries([...langs.map((l) => [l, abs(LAYOUT.page(l))]), ["x-default", base]]) : undefined;
  const common = { langs, project };

  for (const lang of langs) {
    rmSync(join(dist, lang), { recursive: true, force: true });
    if (base) put(images[lang].rel, images[lang].png);
    // The teaching page in this language.
    const head = headHtml({ ...common, lang, title: text.title[lang], description: text.description[lang], url: abs(LAYOUT.page(lang)), alternates, image: image(lang) });
    put(`${LAYOUT.page(lang)}index.html`, withHead(withRoot(relocate(page, 1), lang, { query: `lang=${lang}` }), head));
    // Each widget's embed page, and its oEmbed file: the iframe the page's "Embed this"
    // panel gives for the widget in its first state, on the page in this language.
    for (const [kind, embed] of Object.entries(EMBEDS)) {
      const title = text[embed.title][lang];
      const oembed = base ? abs(LAYOUT.oembed(lang, kind)) : undefined;
      const embedHead = headHtml({ ...common, lang, title, description: text[embed.source][lang], url: abs(LAYOUT.embed(lang, kind)), oembed, image: image(lang) });
      const html = withRoot(relocate(page, 2), lang, { query: `embed=${kind}&lang=${lang}`, page: "../" });
      put(`${LAYOUT.embed(lang, kind)}index.html`, withHead(html, embedHead));
      if (!base) continue;
      const json = {
        version: "1.0",
        type: "rich",
        title,
        provider_name: project,
        provider_url: base,
        html: iframeTag(abs(LAYOUT.page(lang)), kind, { ...DEFAULTS, lang }, title),
        width: embed.width,
        height: embed.height,
        thumbnail_url: image(lang).url,
        thumbnail_width: CARD.width,
        thumbnail_height: CARD.height,
      };
      put(LAYOUT.oembed(lang, kind), JSON.stringify(json, null, 2) + "\n");
    }
    written.push(lang);
  }
  // The page itself: its title and description in both languages (page-index's), the
  // first language's card, the links to each language.
  const [first] = langs;
  const rootHead = headHtml({ ...common, lang: first, ...headText(page), url: base ?? undefined, alternates, image: image(first) });
  writeFileSync(index, withHead(page, rootHead));
  return { langs: written, images: Object.values(images).map((i) => ({ rel: i.rel, bytes: i.png.length })), ms: performance.now() - start };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const at = args.indexOf("--public-url");
  const raw = at >= 0 ? args.splice(at, 2)[1] : process.env.PUBLIC_URL;
  const base = parsePublicUrl(raw);
  if (base instanceof Error) {
    console.error(`linkcards: ${base.message}`);
    process.exit(2);
  }
  const dist = resolve(args[0] ?? "dist");
  const out = await linkCards(dist, base);
  const images = out.images.map((i) => `${i.rel} (${i.bytes} B)`).join(", ");
  console.log(`linkcards: ${out.langs.map((l) => `${l}/`).join(", ")} and the widgets' embed pages${base ? `; cards ${images}; oEmbed files` : ""} in ${Math.round(out.ms)} ms`);
  if (!base) {
    console.log(
      "linkcards: notice: no PUBLIC_URL, so the pages carry their title and description but no og:url, og:image, " +
        "twitter:card, canonical, hreflang or oEmbed links (they need absolute addresses): a pasted link shows no image. " +
        "Build with `make build PUBLIC_URL=https://your.host/path/` (the address dist/ is served from).",
    );
  }
}
