// The teaching page's own words (the widgets carry theirs), in both languages.

/** The page's title in each language. */
export const TITLES = {
  ja: "対立と協力のあいだ:東アジアの安全保障と日本外交",
  en: "Between rivalry and cooperation: East Asian security and Japanese diplomacy",
};

/** The two widgets a page can embed alone: title, iframe height, source line. */
export const WIDGET = {
  "deterrence-slider": {
    title: { ja: "抑止と安心供与のスライダー", en: "Deterrence and reassurance slider" },
    height: 900,
    source: {
      ja: "出典:カイ・ヘ「米中の安心供与:理論と実践」(政策提言No.217)、戸田記念国際平和研究所、2025年3月31日。教材用のモデルであり、予測ではありません。",
      en: "Source: Kai He, \"US-China Reassurance: Theory and Practice\" (Policy Brief No. 217), Toda Peace Institute, 31 March 2025. A teaching model, not a forecast.",
    },
  },
  "hotspot-map": {
    title: { ja: "東アジアのホットスポット地図", en: "Map of the East Asian hotspots" },
    height: 760,
    source: {
      ja: "出典:各カードに記載(政策提言No.217、戸田記念国際平和研究所、2025年3月31日ほか)。",
      en: "Sources: named on each card (Policy Brief No. 217, Toda Peace Institute, 31 March 2025, and others).",
    },
  },
};

/** How the page names a level of the model's risk (its own reading of the number). */
export const LEVELS = [
  { max: 29, id: "low", ja: "低い", en: "low" },
  { max: 44, id: "moderate", ja: "中程度", en: "moderate" },
  { max: 59, id: "high", ja: "高い", en: "high" },
  { max: 100, id: "severe", ja: "非常に高い", en: "very high" },
];

/** Interface strings. */
export const UI = {
  copied: { ja: "コピーしました:", en: "Copied: " },
  copyFailed: { ja: "コピーできませんでした。手で選んでコピーしてください:", en: "Could not copy; select and copy it by hand: " },
  snippetCopied: { ja: "コードをコピーしました。", en: "Code copied." },
  badParam: {
    ja: (name, value, used) => `「${name}=${value}」は使えない値のため、${used}で表示しています。`,
    en: (name, value, used) => `"${name}=${value}" is not a valid value, so the view uses ${used}.`,
  },
  defaults: {
    lang: { ja: "日本語", en: "Japanese" },
    value: (v) => ({ ja: `値 ${v}`, en: `the value ${v}` }),
    hotspot: { ja: "地点の選択なし", en: "no selected place" },
  },
  unknownEmbed: {
    ja: (v) => `「embed=${v}」という部品はありません。埋め込めるのは次の二つです。`,
    en: (v) => `There is no widget called "embed=${v}". These two can be embedded:`,
  },
  openFull: { ja: "教材ページ全体を開く", en: "Open the full teaching page" },
  loading: {
    ja: (title) => `${title}を読み込んでいます(JavaScript と WebAssembly が必要です)。`,
    en: (title) => `Loading the ${title.toLowerCase()} (needs JavaScript and WebAssembly).`,
  },
  count: { ja: (n, total) => `${total}語中${n}語`, en: (n, total) => `${n} of ${total} terms` },
  printState: {
    ja: (value, zone, risk) => `スライダーの位置:${value}/100(${zone})。スライダーで選んだ前提でのモデルの危機リスク:${risk}/100。`,
    en: (value, zone, risk) => `Slider position: ${value}/100 (${zone}). The model's crisis risk under the assumptions set in the slider: ${risk}/100.`,
  },
  showAll: { ja: "四つの地点すべてを表示", en: "Show all four places" },
};
