//! The content of a glossary popover as HTML, written once: one entry, both scripts,
//! reading, definition, a "more" disclosure, related entries and the source, every text
//! escaped. The content build renders each built-in entry's card with it into the
//! entry's data file (so the widgets carry no card code unless they show authors' own
//! entries); the widget renders an author's own entry with it at run time (it exists
//! only then).
//!
//! One string instead of a Leptos view: the view's build, update and teardown code for
//! some thirty elements was 8.7 KB brotli of every variant's wasm, for a card that is
//! only ever drawn whole. The "more" disclosure is a native `<details>` (its state,
//! keyboard and accessibility are the browser's), so the card has no state of its own;
//! its buttons are told apart by their class ([`REL`], [`BACK`], [`CLOSE`]).

#![deny(missing_docs)]

/// The class of a related entry's button (its `data-term` names the entry).
pub const REL: &str = "gx-rel";
/// The class of the back button.
pub const BACK: &str = "gx-back";
/// The class of the close button.
pub const CLOSE: &str = "gx-close";

/// The card's interface words in its language (`widgets/glossary/text.toml`).
pub struct Words<'a> {
    /// The close button's label.
    pub close: &'a str,
    /// The disclosure's summary while closed.
    pub more: &'a str,
    /// The disclosure's summary while open.
    pub less: &'a str,
    /// The related entries' heading.
    pub related: &'a str,
    /// The back button's label.
    pub back: &'a str,
    /// The source line's template, split at its placeholders (`title`, `publisher`,
    /// `date`): each part's text before it and its name, the text after the last with
    /// the name `""`.
    pub source_line: &'a [(&'a str, &'a str)],
}

/// One entry in one language, as its card shows it.
pub struct Card<'a> {
    /// Stable id (`reassurance`).
    pub id: &'a str,
    /// The Japanese term (empty: an author's entry without one).
    pub ja: &'a str,
    /// Its reading in kana.
    pub reading: &'a str,
    /// The English term (empty: an author's entry without one).
    pub en: &'a str,
    /// One-line definition.
    pub definition: &'a str,
    /// Short explanation (empty: none).
    pub explanation: &'a str,
    /// Related entries: id and name in this language.
    pub related: &'a [(String, String)],
    /// The cited source: title, publisher, date (all empty when there is none).
    pub source: &'a [String; 3],
    /// An author's source link (an http(s) URL, checked), or empty.
    pub source_url: &'a str,
    /// A built-in entry's evidence, as HTML the build rendered and escaped (shown
    /// instead of the source line), or empty.
    pub notes: &'a str,
}

/// Appends `s`, escaped.
fn text(out: &mut String, s: &str) {
    html_text::escape_into(out, s, true);
}

/// `s` as HTML text (escaped): for the trigger's hidden description, set as HTML like
/// the card (a reactive text node would bring its own update code).
pub fn text_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    text(&mut out, s);
    out
}

/// `hidden` when `hide` (an author's entry may lack a name, an explanation or related
/// entries).
fn hidden(hide: bool) -> &'static str {
    if hide {
        " hidden"
    } else {
        ""
    }
}

/// The term in both scripts, the reading as ruby over the Japanese; the reader's
/// language first (`ja_first`). An author's entry may have only one of them: the other
/// is hidden.
fn names(out: &mut String, card: &Card, ja_first: bool) {
    let one = card.ja.is_empty() || card.en.is_empty();
    let ja = |out: &mut String| {
        out.push_str("<ruby class=\"gx-ja\" lang=\"ja\"");
        out.push_str(hidden(card.ja.is_empty()));
        out.push('>');
        text(out, card.ja);
        out.push_str("<rp>(</rp><rt>");
        text(out, card.reading);
        out.push_str("</rt><rp>)</rp></ruby>");
    };
    let en = |out: &mut String| {
        out.push_str("<span class=\"gx-en\" lang=\"en\"");
        out.push_str(hidden(card.en.is_empty()));
        out.push('>');
        text(out, card.en);
        out.push_str("</span>");
    };
    let sep = |out: &mut String| {
        out.push_str("<span class=\"gx-sep\" aria-hidden=\"true\"");
        out.push_str(hidden(one));
        out.push_str("> / </span>");
    };
    if ja_first {
        ja(out);
        sep(out);
        en(out);
    } else {
        en(out);
        sep(out);
        ja(out);
    }
}

/// The source line, from the words' template: its label (the text before the title),
/// the title (a link when an author gave an http(s) URL; without one, `<a>` is no
/// link), then the publisher and the date, each with the text before it, when present.
/// Nothing without a title.
fn source_line(out: &mut String, card: &Card, words: &Words) {
    let [title, publisher, date] = card.source;
    if title.is_empty() {
        return;
    }
    out.push_str("<p class=\"gx-src\" data-testid=\"glossary-source\">");
    for &(before, name) in words.source_line {
        let part = match name {
            "title" => {
                out.push_str("<span class=\"gx-src-label\">");
                text(out, before);
                out.push_str("</span><a");
                if !card.source_url.is_empty() {
                    out.push_str(" href=\"");
                    text(out, card.source_url);
                    out.push('"');
                }
                out.push_str(" target=\"_blank\" rel=\"noopener noreferrer\"><cite>");
                text(out, title);
                out.push_str("</cite></a>");
                continue;
            }
            "publisher" => publisher.as_str(),
            "date" => date.as_str(),
            // The text after the last placeholder.
            "" => {
                text(out, before);
                continue;
            }
            _ => "",
        };
        if !part.is_empty() {
            text(out, before);
            text(out, part);
        }
    }
    out.push_str("</p>");
}

/// The card in language `lang` (its tag; `ja_first` when Japanese) in three parts: all
/// before the back button, the back button ([`back_html`]), all after it. The entry the
/// popover opened on shows the first and the last; one it followed a related entry to,
/// all three. The title (`#gx-title`) takes focus after following a related entry.
pub fn card_parts(card: &Card, words: &Words, lang: &str, ja_first: bool) -> [String; 3] {
    let mut out = String::with_capacity(1024);
    out.push_str("<div class=\"gx-card\" lang=\"");
    out.push_str(lang);
    out.push_str("\" data-term=\"");
    text(&mut out, card.id);
    out.push_str(
        "\"><div class=\"gx-head\"><div class=\"gx-title\" id=\"gx-title\" tabindex=\"-1\">",
    );
    names(&mut out, card, ja_first);
    out.push_str("</div><button type=\"button\" class=\"ex-close ");
    out.push_str(CLOSE);
    out.push_str("\" data-testid=\"glossary-close\" aria-label=\"");
    text(&mut out, words.close);
    out.push_str("\"><span aria-hidden=\"true\">×</span></button></div><p class=\"gx-def\" data-testid=\"glossary-definition\">");
    text(&mut out, card.definition);
    out.push_str("</p>");
    if !card.explanation.is_empty() {
        // The summary says "More" while closed and "Less" while open (CSS shows one).
        out.push_str("<details class=\"gx-disclosure\"><summary class=\"gx-more\" data-testid=\"glossary-more\"><span class=\"gx-more-label\">");
        text(&mut out, words.more);
        out.push_str("</span><span class=\"gx-less-label\">");
        text(&mut out, words.less);
        out.push_str("</span></summary><p class=\"gx-exp\" id=\"gx-exp\">");
        text(&mut out, card.explanation);
        out.push_str("</p></details>");
    }
    if !card.related.is_empty() {
        out.push_str("<div class=\"gx-related\"><p class=\"gx-rel-h\" id=\"gx-rel-h\">");
        text(&mut out, words.related);
        out.push_str("</p><ul aria-labelledby=\"gx-rel-h\">");
        for (id, name) in card.related {
            out.push_str("<li><button type=\"button\" class=\"");
            out.push_str(REL);
            out.push_str("\" data-testid=\"glossary-related\" data-term=\"");
            text(&mut out, id);
            out.push_str("\">");
            text(&mut out, name);
            out.push_str("</button></li>");
        }
        out.push_str("</ul></div>");
    }
    let mut end = String::new();
    if card.notes.is_empty() {
        source_line(&mut end, card, words);
    } else {
        // Built at build time from the entry's claims, escaped there.
        end.push_str(card.notes);
    }
    end.push_str("</div>");
    [out, back_html(words), end]
}

/// The back button, between a card's first and last parts when it is not the entry
/// the popover opened on.
pub fn back_html(words: &Words) -> String {
    let mut out = String::from("<button type=\"button\" class=\"");
    out.push_str(BACK);
    out.push_str("\" data-testid=\"glossary-back\">← ");
    text(&mut out, words.back);
    out.push_str("</button>");
    out
}

/// The whole card (see [`card_parts`]); `is_base` says it is the entry the popover
/// opened on (else it has a back button).
pub fn card_html(card: &Card, words: &Words, lang: &str, ja_first: bool, is_base: bool) -> String {
    let [start, back, end] = card_parts(card, words, lang, ja_first);
    let back = if is_base { "" } else { back.as_str() };
    [start.as_str(), back, &end].concat()
}

#[cfg(test)]
mod tests {
    use super::*;

    const EN: Words = Words {
        close: "Close",
        more: "More",
        less: "Less",
        related: "Related terms",
        back: "Back",
        source_line: &[
            ("Source: ", "title"),
            (", ", "publisher"),
            (", ", "date"),
            ("", ""),
        ],
    };
    const JA: Words = Words {
        close: "閉じる",
        more: "詳しく",
        less: "閉じる(詳しく)",
        related: "関連用語",
        back: "戻る",
        source_line: &[
            ("出典：", "title"),
            ("、", "publisher"),
            ("、", "date"),
            ("", ""),
        ],
    };

    /// An entry's fields, owned (a [`Card`] borrows them).
    struct Entry {
        id: String,
        ja: String,
        reading: String,
        en: String,
        definition: String,
        explanation: String,
        related: Vec<(String, String)>,
        source: [String; 3],
        source_url: String,
        notes: String,
    }

    impl Entry {
        fn card(&self) -> Card<'_> {
            Card {
                id: &self.id,
                ja: &self.ja,
                reading: &self.reading,
                en: &self.en,
                definition: &self.definition,
                explanation: &self.explanation,
                related: &self.related,
                source: &self.source,
                source_url: &self.source_url,
                notes: &self.notes,
            }
        }
        fn en(&self, is_base: bool) -> String {
            card_html(&self.card(), &EN, "en", false, is_base)
        }
        fn ja(&self) -> String {
            card_html(&self.card(), &JA, "ja", true, true)
        }
    }

    fn entry() -> Entry {
        Entry {
            id: "deterrence".into(),
            ja: "抑止".into(),
            reading: "よくし".into(),
            en: "Deterrence".into(),
            definition: "Discouraging attack <b>by</b> threat & cost.".into(),
            explanation: "Longer \"text\".".into(),
            related: vec![("reassurance".into(), "Reassurance".into())],
            source: ["Title".into(), "Publisher".into(), "2022-12-16".into()],
            source_url: String::new(),
            notes: String::new(),
        }
    }

    #[test]
    fn every_text_is_escaped() {
        assert_eq!(text_html("<b>A & B</b>"), "&lt;b&gt;A &amp; B&lt;/b&gt;");
        let html = entry().en(true);
        assert!(html.contains("Discouraging attack &lt;b&gt;by&lt;/b&gt; threat &amp; cost."));
        assert!(html.contains("Longer &quot;text&quot;."));
        assert!(!html.contains("<b>"));
        let mut odd = entry();
        odd.related = vec![("a\"onclick=\"x".into(), "<i>".into())];
        assert!(odd
            .en(true)
            .contains("data-term=\"a&quot;onclick=&quot;x\">&lt;i&gt;</button>"));
    }

    #[test]
    fn the_readers_language_comes_first_with_the_reading_as_ruby() {
        let (en, ja) = (entry().en(true), entry().ja());
        assert!(en.find("gx-en") < en.find("gx-ja"));
        assert!(ja.find("gx-ja") < ja.find("gx-en"));
        assert!(ja.contains("抑止<rp>(</rp><rt>よくし</rt><rp>)</rp></ruby>"));
        assert!(ja.starts_with("<div class=\"gx-card\" lang=\"ja\" data-term=\"deterrence\">"));
        assert!(ja.contains("<span class=\"gx-sep\" aria-hidden=\"true\"> / </span>"));
        let mut only_en = entry();
        only_en.ja.clear();
        let html = only_en.en(true);
        assert!(html.contains("<ruby class=\"gx-ja\" lang=\"ja\" hidden>"));
        assert!(html.contains("<span class=\"gx-sep\" aria-hidden=\"true\" hidden>"));
    }

    #[test]
    fn parts_an_entry_lacks_are_left_out() {
        let mut bare = entry();
        bare.explanation.clear();
        bare.related.clear();
        bare.source = Default::default();
        let html = bare.en(true);
        for part in ["gx-more", "gx-exp", "gx-related", "gx-src", "gx-back"] {
            assert!(!html.contains(part), "{part} in {html}");
        }
        assert!(bare
            .en(false)
            .contains("data-testid=\"glossary-back\">← Back</button>"));
    }

    #[test]
    fn the_back_button_goes_between_the_parts() {
        let e = entry();
        let [start, back, end] = card_parts(&e.card(), &EN, "en", false);
        assert_eq!(back, back_html(&EN));
        assert_eq!(e.en(true), [start.as_str(), &end].concat());
        assert_eq!(e.en(false), [start, back, end].concat());
        assert!(e.en(false).ends_with("← Back</button><p class=\"gx-src\" data-testid=\"glossary-source\"><span class=\"gx-src-label\">Source: </span><a target=\"_blank\" rel=\"noopener noreferrer\"><cite>Title</cite></a>, Publisher, 2022-12-16</p></div>"));
    }

    #[test]
    fn the_source_line_in_each_language() {
        assert!(entry().en(true).contains("Source: </span><a target=\"_blank\" rel=\"noopener noreferrer\"><cite>Title</cite></a>, Publisher, 2022-12-16</p>"));
        assert!(entry().ja().contains("出典：</span><a target=\"_blank\" rel=\"noopener noreferrer\"><cite>Title</cite></a>、Publisher、2022-12-16</p>"));
        // A part the entry lacks goes with the words before it.
        let mut undated = entry();
        undated.source[2].clear();
        assert!(undated
            .en(true)
            .contains("<cite>Title</cite></a>, Publisher</p>"));
        undated.source[1].clear();
        assert!(undated.ja().contains("<cite>Title</cite></a></p>"));
        let mut linked = entry();
        linked.source_url = "https://example.org/?a=1&b=2".into();
        assert!(linked
            .en(true)
            .contains("<a href=\"https://example.org/?a=1&amp;b=2\" target"));
    }

    /// Regression (issue 21): a built-in entry showed one source line that did not always
    /// support its definition; it now shows the evidence the build rendered from its claims.
    #[test]
    fn a_built_in_entry_shows_its_rendered_evidence_instead_of_one_source_line() {
        let mut built_in = entry();
        built_in.notes =
            "<div class=\"gx-srcs\"><p class=\"gx-src\">Definition: A</p></div>".into();
        let html = built_in.en(true);
        assert!(html.contains("<p class=\"gx-src\">Definition: A</p>"));
        assert!(!html.contains("<cite>Title</cite>"));
    }
}
