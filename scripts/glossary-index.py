#!/usr/bin/env python3
"""Writes the teaching page's glossary index and source list into index.html.

The glossary data is compiled into the wasm, so the page carries its own static copy:
one entry per term (both names, the reading, the one-line definition in each language,
the source), sorted by the Japanese reading, and a bibliography of every source in
widgets/sources.toml. Both are plain HTML: they read without JavaScript, print, and
js/page.js filters the index by text.

    python3 scripts/glossary-index.py          # rewrite index.html in place
    python3 scripts/glossary-index.py --check  # exit 1 if index.html is out of date

It replaces what lies between the markers
    <!-- glossary-index:start --> ... <!-- glossary-index:end -->
    <!-- sources:start --> ... <!-- sources:end -->
and leaves the rest of index.html untouched. Python 3.11+ (tomllib), no dependencies.
"""

import html
import sys
import tomllib
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INDEX = ROOT / "index.html"
TERMS = ROOT / "widgets" / "glossary" / "terms.toml"
SOURCES = ROOT / "widgets" / "sources.toml"

# Short labels for the per-entry source line (the full reference is in the source list).
SHORT = {
    "seed-000": ("「戦略的互恵関係とは?」解説記事(2025年)", "explainer 'What is a mutually beneficial relationship…?' (2025)"),
    "seed-001": ("「米国との関係強化と中立的な国々との連携」論説", "essay 'Stronger ties with the US and partnership with neutral countries'"),
    "seed-002": ("「今、日本に求められる外交力とは」論文(2025年)", "essay 'The diplomatic strength Japan needs now' (2025)"),
    "seed-003": ("第13回日米安全保障セミナー報告(日本国際問題研究所、2007年)", "report on the 13th Japan–US Security Seminar (JIIA, 2007)"),
    "seed-004": ("政策提言No.217(戸田記念国際平和研究所、2025年)", "Policy Brief No. 217 (Toda Peace Institute, 2025)"),
}
SEED_NUMBER = {"seed-000": 1, "seed-001": 2, "seed-002": 3, "seed-003": 4, "seed-004": 5}


def esc(text: str) -> str:
    """Escapes for text and double-quoted attribute values (apostrophes stay as they are)."""
    return html.escape(text, quote=False).replace('"', "&quot;")


def sort_key(reading: str) -> str:
    """Gojūon order: katakana folded to hiragana, width and case normalised."""
    text = unicodedata.normalize("NFKC", reading).lower()
    return "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in text)


def date_ja(date: str) -> str:
    if "/" in date:  # an ISO 8601 interval, "2014-05/2014-07"
        return "〜".join(date_ja(d) for d in date.split("/", 1))
    parts = date.split("-")
    if len(parts) == 3 and all(p.isdigit() for p in parts):
        return f"{int(parts[0])}年{int(parts[1])}月{int(parts[2])}日"
    if len(parts) == 2 and all(p.isdigit() for p in parts):
        return f"{int(parts[0])}年{int(parts[1])}月"
    return {
        "2025 (late)": "2025年(後半)",
        "undated (after 2023)": "日付なし(2023年以降)",
        "2025 (after April)": "2025年(4月以降)",
        "continuously updated": "随時更新",
    }.get(date, date)


MONTHS = "January February March April May June July August September October November December".split()


def date_en(date: str) -> str:
    if "/" in date:  # an ISO 8601 interval, "2014-05/2014-07"
        return " to ".join(date_en(d) for d in date.split("/", 1))
    parts = date.split(" ", 1)
    head, tail = parts[0], (" " + parts[1] if len(parts) > 1 else "")
    bits = head.split("-")
    if all(b.isdigit() for b in bits):
        if len(bits) == 3:
            return f"{int(bits[2])} {MONTHS[int(bits[1]) - 1]} {bits[0]}{tail}"
        if len(bits) == 2:
            return f"{MONTHS[int(bits[1]) - 1]} {bits[0]}{tail}"
    return date


def short_source(sid: str, sources: dict) -> tuple[str, str]:
    if sid in SHORT:
        return SHORT[sid]
    s = sources[sid]
    return (s["title_ja"], s["title_en"])


def index_html(terms: list, sources: dict) -> str:
    out = [f'<ul class="gi-list" id="gi-list" data-total="{len(terms)}">']
    for t in sorted(terms, key=lambda t: (sort_key(t["reading"]), t["id"])):
        tid = esc(t["id"])
        also = " ".join(dict.fromkeys([*t["match_ja"], *t["match_en"]]))
        src_ja, src_en = short_source(t["source"], sources)
        out.append(
            f'<li class="gi" id="term-{tid}"' + (f' data-also="{esc(also)}"' if also else "") + ">"
            f'<p class="gi-names">'
            f'<span lang="ja"><glossary-term term="{tid}">{esc(t["ja"])}</glossary-term>'
            f'<span class="gi-reading">({esc(t["reading"])})</span></span>'
            f'<span class="gi-sep" aria-hidden="true"> / </span>'
            f'<span lang="en"><glossary-term term="{tid}">{esc(t["en"])}</glossary-term></span></p>'
            f'<p class="t gi-def" lang="ja">{esc(t["definition_ja"])}'
            f' <a class="gi-src" href="#src-{esc(t["source"])}">出典:{esc(src_ja)}</a></p>'
            f'<p class="t gi-def" lang="en">{esc(t["definition_en"])}'
            f' <a class="gi-src" href="#src-{esc(t["source"])}">Source: {esc(src_en)}</a></p>'
            f"</li>"
        )
    out.append("</ul>")
    return "\n".join(out)


def sources_html(sources: list) -> str:
    out = ['<ol class="source-list">']
    for s in sources:
        sid = esc(s["id"])
        num = SEED_NUMBER.get(s["id"])
        link = ""
        if s.get("url"):
            link = f' <a href="{esc(s["url"])}">{esc(s["url"])}</a>'
        label_ja = f"資料{num}:" if num else ""
        label_en = f"Document {num}: " if num else ""
        out.append(
            f'<li id="src-{sid}" class="{"seed" if num else "public"}">'
            f'<span class="t" lang="ja">{label_ja}「{esc(s["title_ja"])}」{esc(s["publisher_ja"])}、{esc(date_ja(s["date"]))}。</span>'
            f'<span class="t" lang="en">{label_en}"{esc(s["title_en"])}", {esc(s["publisher_en"])}, {esc(date_en(s["date"]))}.</span>'
            f"{link}</li>"
        )
    out.append("</ol>")
    return "\n".join(out)


def splice(text: str, name: str, body: str) -> str:
    start, end = f"<!-- {name}:start -->", f"<!-- {name}:end -->"
    i, j = text.find(start), text.find(end)
    if i < 0 or j < i:
        sys.exit(f"glossary-index: markers {start} … {end} not found in {INDEX}")
    return text[: i + len(start)] + "\n" + body + "\n" + text[j:]


def main() -> None:
    terms = tomllib.loads(TERMS.read_text("utf-8"))["term"]
    source_list = tomllib.loads(SOURCES.read_text("utf-8"))["source"]
    sources = {s["id"]: s for s in source_list}
    for t in terms:
        if t["source"] not in sources:
            sys.exit(f"glossary-index: term {t['id']} cites unknown source {t['source']}")
    text = INDEX.read_text("utf-8")
    new = splice(text, "glossary-index", index_html(terms, sources))
    new = splice(new, "sources", sources_html(source_list))
    if "--check" in sys.argv[1:]:
        if new != text:
            sys.exit("glossary-index: index.html is out of date; run python3 scripts/glossary-index.py")
        print(f"glossary-index: ok ({len(terms)} terms, {len(source_list)} sources)")
        return
    if new != text:
        INDEX.write_text(new, "utf-8")
    print(f"glossary-index: wrote {len(terms)} terms and {len(source_list)} sources into index.html")


if __name__ == "__main__":
    main()
