// The link card's image: 1200×630 PNG, the page's title, its one-line description and
// the project's name, in one language, drawn from an SVG template by resvg (the npm
// package `@resvg/resvg-wasm`) with Debian's Noto Sans CJK (fonts-noto-cjk, which
// scripts/setup.sh installs). The fonts are these files, read into memory once: resvg's
// WebAssembly build sees no system font, so the same text gives the same bytes.

import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { initWasm, Resvg } from "@resvg/resvg-wasm";

/** The card's size, as og:image:width and og:image:height state it. */
export const CARD = { width: 1200, height: 630 };

/** The font files (Debian's fonts-noto-cjk) and the face the card asks for. */
export const FONT_FILES = ["/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"];
const FAMILY = "Noto Sans CJK JP";

const MARGIN = 80;
const TEXT_WIDTH = CARD.width - 2 * MARGIN;
const BAND = 108; // the footer band with the project's name
const TOP = 92; // below the top stripe
const BOTTOM = CARD.height - BAND - 44;

/**
 * The page's light colours (`--bg`, `--fg`, `--muted`, `--accent`, `--accent-fg`), read
 * from the first `:root` block of its stylesheet, so the card wears the page's colours.
 */
export function palette(css) {
  const block = /:root\s*\{([^}]*)\}/.exec(css)?.[1] ?? "";
  const colour = (name) => {
    const m = new RegExp(`--${name}:\\s*(#[0-9a-fA-F]{3,8})\\s*;`).exec(block);
    if (!m) throw new Error(`style/page.css: no --${name} colour in its first :root block`);
    return m[1];
  };
  return { bg: colour("bg"), fg: colour("fg"), muted: colour("muted"), accent: colour("accent"), accentFg: colour("accent-fg") };
}

const escapeXml = (s) => s.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");

const isWide = (c) => /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(c);
const isHiragana = (c) => /[\u3041-\u309f]/u.test(c);
/** Characters a line must not start with (closing punctuation, small kana, the long-vowel mark). */
const NO_START = /[、。,.:;!?)\]」』】〕\uff09\uff0c\uff1a\uff1b\uff01\uff1fーぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮ・]/u;

/**
 * An estimate of `text`'s advance in ems: a full-width character is 1 em in Noto Sans
 * CJK; Latin is proportional, estimated on the wide side. The layout is then measured
 * by resvg itself (see `fit`), so an estimate only needs to be close.
 */
function ems(text, bold) {
  let w = 0;
  for (const c of text) {
    if (isWide(c)) w += 1;
    else if (c === " ") w += 0.24;
    else if (/[mwMW]/.test(c)) w += 0.8;
    else if (/[A-Z]/.test(c)) w += 0.64;
    else if (/[ilj.,:;'’!|]/.test(c)) w += 0.27;
    else w += 0.54;
  }
  return bold ? w * 1.05 : w;
}

/**
 * `text` cut into the pieces a line may break between: words for spaced text; for
 * Japanese, phrases (a break after punctuation and where kana turn to kanji or
 * katakana, as in 東アジアの|安全保障と|日本外交), never before closing punctuation.
 */
export function pieces(text) {
  const out = [];
  let cur = "";
  const chars = [...text];
  chars.forEach((c, i) => {
    const next = chars[i + 1];
    cur += c;
    if (next === undefined) return;
    const breakHere =
      c === " " || (/[、。,:!?」』\uff09\uff0c\uff1a\uff01\uff1f]/u.test(c) && (isWide(c) || isWide(next))) || (isHiragana(c) && isWide(next) && !isHiragana(next));
    if (breakHere && !NO_START.test(next)) {
      out.push(cur);
      cur = "";
    }
  });
  if (cur) out.push(cur);
  return out;
}

/** A piece a line ends well after: one that ends a clause (a colon, a comma, a stop). */
const STRONG = /[、。,.:;\uff0c\uff1a\uff01\uff1f!?]\s*$/u;

/**
 * `text` in lines no wider than `width` px at `size` px (estimated), phrase by phrase; a
 * line that would overflow ends after its last clause instead, when that leaves it at
 * least half full.
 */
function wrap(text, size, width, bold) {
  const lines = [];
  let line = [];
  const fits = (s) => ems(s.trimEnd(), bold) * size <= width;
  const join = (ps) => ps.join("");
  for (const piece of pieces(text)) {
    if (fits(join(line) + piece)) {
      line.push(piece);
      continue;
    }
    const cut = line.findLastIndex((p, i) => STRONG.test(p) && ems(join(line.slice(0, i + 1)), bold) * size >= width / 2);
    const carry = cut >= 0 && cut < line.length - 1 ? line.splice(cut + 1) : [];
    if (line.length) lines.push(join(line).trimEnd());
    line = carry;
    if (fits(join(line) + piece)) {
      line.push(piece);
      continue;
    }
    if (line.length) lines.push(join(line).trimEnd());
    line = [];
    // A piece wider than a line: character by character, keeping kinsoku.
    let rest = "";
    for (const c of piece) {
      if (!fits(rest + c) && rest && !NO_START.test(c)) {
        lines.push(rest.trimEnd());
        rest = "";
      }
      rest += c;
    }
    line = [rest];
  }
  if (join(line).trim()) lines.push(join(line).trimEnd());
  return lines;
}

/** The card's text blocks at scale `k`: the title, the description. */
function layout(title, description, k) {
  const t = { size: Math.round(64 * k), lead: 1.24, bold: true };
  const d = { size: Math.round(32 * k), lead: 1.5, bold: false };
  t.lines = wrap(title, t.size, TEXT_WIDTH, true);
  d.lines = wrap(description, d.size, TEXT_WIDTH, false);
  return { t, d, height: textHeight({ t, d }) };
}

/** The title's and the description's lines, and the gap between them, in px. */
function textHeight({ t, d }) {
  return t.lines.length * t.size * t.lead + 36 * (t.size / 64) + d.lines.length * d.size * d.lead;
}

const textLines = (block, y0, fill) =>
  block.lines
    .map((line, i) => {
      const y = Math.round(y0 + block.size + i * block.size * block.lead);
      return `<text x="${MARGIN}" y="${y}" font-size="${block.size}" font-weight="${block.bold ? 700 : 400}" fill="${fill}">${escapeXml(line)}</text>`;
    })
    .join("\n");

function svg({ t, d }, { project, colours, lang, width = CARD.width, height = CARD.height, frame = true }) {
  // The text block centred between the top stripe and the band.
  const titleY = TOP + Math.max(0, (BOTTOM - TOP - textHeight({ t, d })) / 2);
  const descY = titleY + t.lines.length * t.size * t.lead + 36 * (t.size / 64);
  const band = frame
    ? `<rect width="${CARD.width}" height="${CARD.height}" fill="${colours.bg}"/>
<rect width="${CARD.width}" height="14" fill="${colours.accent}"/>
<rect y="${CARD.height - BAND}" width="${CARD.width}" height="${BAND}" fill="${colours.accent}"/>
<text x="${MARGIN}" y="${CARD.height - BAND / 2 + 12}" font-size="34" font-weight="700" fill="${colours.accentFg}">${escapeXml(project)}</text>`
    : "";
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="${FAMILY}" xml:lang="${lang}">
${band}
${textLines(t, titleY, colours.fg)}
${textLines(d, descY, colours.muted)}
</svg>`;
}

let options = null;

/** resvg's options, with the fonts in memory (resvg and the fonts loaded on first use). */
async function resvgOptions() {
  if (options) return options;
  const missing = FONT_FILES.filter((f) => !existsSync(f));
  if (missing.length) throw new Error(`link card: no font file ${missing.join(", ")}: install Debian's fonts-noto-cjk (scripts/setup.sh does)`);
  await initWasm(readFileSync(createRequire(import.meta.url).resolve("@resvg/resvg-wasm/index_bg.wasm")));
  const fontBuffers = FONT_FILES.map((f) => readFileSync(f));
  options = { font: { fontBuffers, loadSystemFonts: false, defaultFontFamily: FAMILY } };
  return options;
}

/**
 * The largest layout (scale 1 down) whose text fits: at most three lines of title and
 * three of description, within the card's height, and no line wider than the text
 * column as resvg measures it with the real font (one measurement of the widest line).
 */
function fit(title, description, ctx, opts) {
  for (let k = 1; k > 0.5; k -= 0.04) {
    const l = layout(title, description, k);
    if (l.t.lines.length > 3 || l.d.lines.length > 3 || TOP + l.height > BOTTOM) continue;
    const measured = new Resvg(svg(l, { ...ctx, width: 4 * CARD.width, frame: false }), opts).getBBox();
    if (measured && measured.x + measured.width <= MARGIN + TEXT_WIDTH) return l;
  }
  throw new Error(`link card: "${title}" does not fit the card`);
}

/**
 * The card for one language as PNG bytes: `title` and `description` (the page's words),
 * `project` (the project's name), `colours` (see `palette`), `lang` (its xml:lang).
 */
export async function renderCard({ title, description, project, colours, lang }) {
  const opts = await resvgOptions();
  const ctx = { project, colours, lang };
  return new Resvg(svg(fit(title, description, ctx, opts), ctx), opts).render().asPng();
}
