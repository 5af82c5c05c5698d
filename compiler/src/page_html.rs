//! The teaching page's static copy of the glossary: the glossary index (one entry per
//! term, sorted by reading) and the source list, as plain HTML that reads and prints
//! without JavaScript (`js/page.js` filters the index by text). [`crate::page_index`]
//! writes both into `index.html`.

use crate::glossary::{Entry, Glossary};
use crate::hotspot_map::dates::source_date_label;
use crate::markup::escape_text;
use crate::sources::Sources;
use crate::ui_text::{format, UiText};

/// True for the characters [`sort_key`] folds exactly as Unicode NFKC + lower case +
/// katakana-to-hiragana would: hiragana, full-width katakana, the iteration marks, `・`,
/// `ー` and spaces. Outside this set, of what a reading may hold
/// ([`crate::text::is_reading`]), are only half-width katakana, the combining and
/// spacing voiced sound marks and the digraphs `ゟ` `ヿ`, all of which NFKC rewrites;
/// readings are written without them (see [`unsupported_reading`]).
pub fn folds_exactly(c: char) -> bool {
    matches!(c, '\u{3041}'..='\u{3098}' | '\u{309D}' | '\u{309E}' | '\u{30A0}'..='\u{30FE}')
        || c == ' '
        || c == '\u{3000}'
}

/// The first character of a reading that [`sort_key`] cannot fold exactly, if any.
pub fn unsupported_reading(reading: &str) -> Option<char> {
    reading.chars().find(|c| !folds_exactly(*c))
}

/// Gojūon order for a reading: katakana `ァ`–`ヶ` folded to hiragana and the ideographic
/// space to a space. This is the full effect of NFKC, lower-casing and the kana fold on
/// every character [`folds_exactly`] accepts (NFKC leaves full-width kana, `・` and `ー`
/// alone; kana have no case), so no normalisation table is needed.
pub fn sort_key(reading: &str) -> String {
    reading
        .chars()
        .map(|c| match c {
            'ァ'..='ヶ' => char::from_u32(c as u32 - 0x60).unwrap_or(c),
            '\u{3000}' => ' ',
            _ => c,
        })
        .collect()
}

/// The entries in index order: by [`sort_key`] of the reading, then by id.
pub fn index_order(glossary: &Glossary) -> Vec<&Entry> {
    let mut terms: Vec<(String, &Entry)> = glossary
        .0
        .iter()
        .map(|t| (sort_key(&t.reading), t))
        .collect();
    terms.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.id.cmp(&b.1.id)));
    terms.into_iter().map(|(_, t)| t).collect()
}

/// The glossary index: a `<ul>` of every entry (both names, the reading, the one-line
/// definitions and a link to the source), one `<li>` per line.
pub fn index_html(glossary: &Glossary, sources: &Sources, text: &UiText) -> String {
    let (label_ja, label_en) = text.get("index_source");
    let mut out = vec![format!(
        r#"<ul class="gi-list" id="gi-list" data-total="{}">"#,
        glossary.0.len()
    )];
    for t in index_order(glossary) {
        let id = escape_text(&t.id);
        let mut also: Vec<&str> = Vec::new();
        for form in t.match_ja.iter().chain(&t.match_en) {
            if !also.contains(&form.as_str()) {
                also.push(form);
            }
        }
        let also = if also.is_empty() {
            String::new()
        } else {
            format!(r#" data-also="{}""#, escape_text(&also.join(" ")))
        };
        // A link to each source the definition cites, in the page's source list.
        let links = |lang: &str, label: &str| {
            crate::claims::cited(t.part("definition"))
                .iter()
                .filter_map(|(id, _)| sources.get(id))
                .map(|s| {
                    let (ja, en) = s.short_labels();
                    let short = if lang == "ja" { ja } else { en };
                    format!(
                        r##"<a class="gi-src" href="#src-{}">{}</a>"##,
                        escape_text(&s.id),
                        escape_text(&format(label, &[("source", short)]))
                    )
                })
                .collect::<Vec<_>>()
                .join(" ")
        };
        out.push(format!(
            concat!(
                r#"<li class="gi" id="term-{id}"{also}><p class="gi-names">"#,
                r#"<span lang="ja"><glossary-term term="{id}">{ja}</glossary-term>"#,
                r#"<span class="gi-reading">({reading})</span></span>"#,
                r#"<span class="gi-sep" aria-hidden="true"> / </span>"#,
                r#"<span lang="en"><glossary-term term="{id}">{en}</glossary-term></span></p>"#,
                r##"<p class="t gi-def" lang="ja">{def_ja} {src_ja}</p>"##,
                r##"<p class="t gi-def" lang="en">{def_en} {src_en}</p>"##,
                "</li>"
            ),
            id = id,
            also = also,
            ja = escape_text(&t.ja),
            reading = escape_text(&t.reading),
            en = escape_text(&t.en),
            def_ja = escape_text(&t.definition("ja")),
            def_en = escape_text(&t.definition("en")),
            src_ja = links("ja", label_ja),
            src_en = links("en", label_en),
        ));
    }
    out.push("</ul>".into());
    out.join("\n")
}

/// The source list: an `<ol>` of every source in file order, seeds with their number
/// (`資料1`, `Document 1`), the date in each language as the cards and the glossary
/// show it ([`source_date_label`]).
pub fn sources_html(sources: &Sources, text: &UiText) -> String {
    let (doc_ja, doc_en) = text.get("document_no");
    let mut out = vec![r#"<ol class="source-list">"#.to_owned()];
    for s in &sources.0 {
        let (date_ja, date_en) = source_date_label(&s.date);
        let (label_ja, label_en) = match s.number {
            Some(n) => {
                let n = n.to_string();
                let n = [("n", n.as_str())];
                (
                    escape_text(&format(doc_ja, &n)),
                    escape_text(&format(doc_en, &n)),
                )
            }
            None => (String::new(), String::new()),
        };
        let link = if s.url.is_empty() {
            String::new()
        } else {
            let url = escape_text(&s.url);
            format!(r#" <a href="{url}">{url}</a>"#)
        };
        out.push(format!(
            concat!(
                r#"<li id="src-{id}" class="{kind}">"#,
                r#"<span class="t" lang="ja">{label_ja}「{title_ja}」{pub_ja}、{date_ja}。</span>"#,
                r#"<span class="t" lang="en">{label_en}"{title_en}", {pub_en}, {date_en}.</span>"#,
                "{link}</li>"
            ),
            id = escape_text(&s.id),
            kind = escape_text(&s.kind),
            label_ja = label_ja,
            title_ja = escape_text(&s.title_ja),
            pub_ja = escape_text(&s.publisher_ja),
            date_ja = escape_text(&date_ja),
            label_en = label_en,
            title_en = escape_text(&s.title_en),
            pub_en = escape_text(&s.publisher_en),
            date_en = escape_text(&date_en),
            link = link,
        ));
    }
    out.push("</ol>".into());
    out.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::is_reading;

    #[test]
    fn escaping_keeps_apostrophes() {
        assert_eq!(
            escape_text(r#"<a href="x">Tom & Jerry's</a>"#),
            "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry's&lt;/a&gt;"
        );
    }

    #[test]
    fn katakana_folds_to_hiragana() {
        assert_eq!(sort_key("アジアばなれ"), "あじあばなれ");
        assert_eq!(sort_key("ヴァ・ヶー"), "ゔぁ・ゖー");
        assert_eq!(sort_key("あ\u{3000}い"), "あ い");
        // Katakana and hiragana spellings of a word meet; the prolonged mark stays.
        assert_eq!(sort_key("レッドライン"), sort_key("れっどらいん"));
    }

    /// Every character a reading may hold is either folded exactly (the same result as
    /// Python's `unicodedata.normalize("NFKC", …).lower()` plus the kana fold, the port's
    /// reference) or reported by `unsupported_reading`.
    #[test]
    fn the_fold_is_exact_or_the_reading_is_refused() {
        let odd: Vec<char> = ('\u{3000}'..='\u{FFFF}')
            .filter(|c| is_reading(&c.to_string()) && !folds_exactly(*c))
            .filter(|c| !('\u{FF66}'..='\u{FF9F}').contains(c))
            .collect();
        assert_eq!(odd, ['\u{3099}', '\u{309A}', '゛', '゜', 'ゟ', 'ヿ']);
        for c in ['\u{3099}', '゛', '゜', 'ゟ', 'ヿ', 'ｱ'] {
            assert_eq!(unsupported_reading(&format!("あ{c}")), Some(c));
        }
        assert_eq!(unsupported_reading("アールセップ・ちいき"), None);
    }

    /// The index order of every current reading equals the order the Python script this
    /// replaces gave (`scripts/glossary-index.py`: NFKC + lower + kana fold, ties by
    /// id): the fixture is its output at the time of the port, `reading<TAB>id` lines.
    #[test]
    fn order_equals_the_python_scripts() {
        let python: Vec<(&str, &str)> = include_str!("../tests/fixtures/gojuon-order.tsv")
            .lines()
            .filter_map(|l| l.split_once('\t'))
            .collect();
        assert!(python.len() >= 100);
        let mut glossary = Glossary::default();
        for (reading, id) in python.iter().rev() {
            glossary.0.push(Entry {
                id: (*id).into(),
                ja: String::new(),
                reading: (*reading).into(),
                en: String::new(),
                match_ja: vec![],
                match_en: vec![],
                related: vec![],
                claims: vec![],
            });
        }
        let ours: Vec<(&str, &str)> = index_order(&glossary)
            .into_iter()
            .map(|t| (t.reading.as_str(), t.id.as_str()))
            .collect();
        assert_eq!(ours, python);
    }
}
