//! The content of a glossary popover as HTML: one entry, both scripts, reading,
//! definition, a "more" disclosure, related entries and the source. Plain Rust over a
//! loaded [`Entry`], every text escaped; the popover sets it as its content and handles
//! the card's buttons with one click listener ([`Action::of`]).
//!
//! One string instead of a Leptos view: the view's build, update and teardown code for
//! some thirty elements was 8.7 KB brotli of every variant's wasm, for a card that is
//! only ever drawn whole. The "more" disclosure is a native `<details>` (its state,
//! keyboard and accessibility are the browser's), so the card has no state of its own.

use crate::attrs::Lang;
use crate::glossary::entry::Entry;
use crate::ui_text;

/// What a click on one of the card's buttons asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Open the related entry with this id in the same popover.
    Go(String),
    /// Go back to the entry the popover opened on.
    Back,
    /// Close the popover.
    Close,
}

impl Action {
    /// The action of a button, from its class and `data-term` (`None` for anything
    /// else: the card's text, the source link, the disclosure).
    pub fn of(class: &str, term: Option<String>) -> Option<Action> {
        let has = |c: &str| class.split_ascii_whitespace().any(|x| x == c);
        if has(REL) {
            term.map(Action::Go)
        } else if has(BACK) {
            Some(Action::Back)
        } else if has(CLOSE) {
            Some(Action::Close)
        } else {
            None
        }
    }
}

/// The class of a related entry's button (its `data-term` names the entry).
const REL: &str = "gx-rel";
/// The class of the back button.
const BACK: &str = "gx-back";
/// The class of the close button.
const CLOSE: &str = "gx-close";

/// The buttons an [`Action`] is read from (for `Element::closest`).
pub const BUTTONS: &str = "button";

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
/// language first. An author's entry may have only one of them: the other is hidden.
fn names(out: &mut String, term: &Entry, lang: Lang) {
    let one = term.ja.is_empty() || term.en.is_empty();
    let ja = |out: &mut String| {
        out.push_str("<ruby class=\"gx-ja\" lang=\"ja\"");
        out.push_str(hidden(term.ja.is_empty()));
        out.push('>');
        text(out, &term.ja);
        out.push_str("<rp>(</rp><rt>");
        text(out, &term.reading);
        out.push_str("</rt><rp>)</rp></ruby>");
    };
    let en = |out: &mut String| {
        out.push_str("<span class=\"gx-en\" lang=\"en\"");
        out.push_str(hidden(term.en.is_empty()));
        out.push('>');
        text(out, &term.en);
        out.push_str("</span>");
    };
    let sep = |out: &mut String| {
        out.push_str("<span class=\"gx-sep\" aria-hidden=\"true\"");
        out.push_str(hidden(one));
        out.push_str("> / </span>");
    };
    match lang {
        Lang::Ja => {
            ja(out);
            sep(out);
            en(out);
        }
        Lang::En => {
            en(out);
            sep(out);
            ja(out);
        }
    }
}

/// The source line, from the words' template (`ui_text::SOURCE_LINE`): its label (the
/// text before the title), the title (a link when an author gave an http(s) URL, which
/// [`Entry::source_url`] always is; without one, `<a>` is no link), then the publisher
/// and the date, each with the text before it, when present. Nothing without a title.
fn source_line(out: &mut String, term: &Entry, lang: Lang) {
    let [title, publisher, date] = &term.source;
    if title.is_empty() {
        return;
    }
    out.push_str("<p class=\"gx-src\" data-testid=\"glossary-source\">");
    for &(before, name) in ui_text::SOURCE_LINE.get(lang) {
        let part = match name {
            "title" => {
                out.push_str("<span class=\"gx-src-label\">");
                text(out, before);
                out.push_str("</span><a");
                if !term.source_url.is_empty() {
                    out.push_str(" href=\"");
                    text(out, &term.source_url);
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

/// One entry's card in `lang`; `is_base` says it is the entry the popover opened on
/// (else it has a back button). The title (`#gx-title`) takes focus after following a
/// related entry.
pub fn card_html(term: &Entry, lang: Lang, is_base: bool) -> String {
    let mut out = String::with_capacity(1024);
    out.push_str("<div class=\"gx-card\" lang=\"");
    out.push_str(lang.tag());
    out.push_str("\" data-term=\"");
    text(&mut out, &term.id);
    out.push_str(
        "\"><div class=\"gx-head\"><div class=\"gx-title\" id=\"gx-title\" tabindex=\"-1\">",
    );
    names(&mut out, term, lang);
    out.push_str("</div><button type=\"button\" class=\"ex-close ");
    out.push_str(CLOSE);
    out.push_str("\" data-testid=\"glossary-close\" aria-label=\"");
    text(&mut out, ui_text::CLOSE.get(lang));
    out.push_str("\"><span aria-hidden=\"true\">×</span></button></div><p class=\"gx-def\" data-testid=\"glossary-definition\">");
    text(&mut out, &term.definition);
    out.push_str("</p>");
    if !term.explanation.is_empty() {
        // The summary says "More" while closed and "Less" while open (CSS shows one).
        out.push_str("<details class=\"gx-disclosure\"><summary class=\"gx-more\" data-testid=\"glossary-more\"><span class=\"gx-more-label\">");
        text(&mut out, ui_text::MORE.get(lang));
        out.push_str("</span><span class=\"gx-less-label\">");
        text(&mut out, ui_text::LESS.get(lang));
        out.push_str("</span></summary><p class=\"gx-exp\" id=\"gx-exp\">");
        text(&mut out, &term.explanation);
        out.push_str("</p></details>");
    }
    if !term.related.is_empty() {
        out.push_str("<div class=\"gx-related\"><p class=\"gx-rel-h\" id=\"gx-rel-h\">");
        text(&mut out, ui_text::RELATED.get(lang));
        out.push_str("</p><ul aria-labelledby=\"gx-rel-h\">");
        for (id, name) in &term.related {
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
    if !is_base {
        out.push_str("<button type=\"button\" class=\"");
        out.push_str(BACK);
        out.push_str("\" data-testid=\"glossary-back\">← ");
        text(&mut out, ui_text::BACK.get(lang));
        out.push_str("</button>");
    }
    if term.notes.is_empty() {
        source_line(&mut out, term, lang);
    } else {
        // Built at build time from the entry's claims, escaped there.
        out.push_str(&term.notes);
    }
    out.push_str("</div>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

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
            notes: String::new(),
            source_url: String::new(),
        }
    }

    #[test]
    fn every_text_is_escaped() {
        assert_eq!(text_html("<b>A & B</b>"), "&lt;b&gt;A &amp; B&lt;/b&gt;");
        let html = card_html(&entry(), Lang::En, true);
        assert!(html.contains("Discouraging attack &lt;b&gt;by&lt;/b&gt; threat &amp; cost."));
        assert!(html.contains("Longer &quot;text&quot;."));
        assert!(!html.contains("<b>"));
        let mut odd = entry();
        odd.related = vec![("a\"onclick=\"x".into(), "<i>".into())];
        let html = card_html(&odd, Lang::En, true);
        assert!(html.contains("data-term=\"a&quot;onclick=&quot;x\">&lt;i&gt;</button>"));
    }

    #[test]
    fn the_readers_language_comes_first_with_the_reading_as_ruby() {
        let en = card_html(&entry(), Lang::En, true);
        let ja = card_html(&entry(), Lang::Ja, true);
        assert!(en.find("gx-en").unwrap() < en.find("gx-ja").unwrap());
        assert!(ja.find("gx-ja").unwrap() < ja.find("gx-en").unwrap());
        assert!(ja.contains("抑止<rp>(</rp><rt>よくし</rt><rp>)</rp></ruby>"));
        assert!(ja.starts_with("<div class=\"gx-card\" lang=\"ja\" data-term=\"deterrence\">"));
        assert!(ja.contains("<span class=\"gx-sep\" aria-hidden=\"true\"> / </span>"));
        let mut only_en = entry();
        only_en.ja.clear();
        let html = card_html(&only_en, Lang::En, true);
        assert!(html.contains("<ruby class=\"gx-ja\" lang=\"ja\" hidden>"));
        assert!(html.contains("<span class=\"gx-sep\" aria-hidden=\"true\" hidden>"));
    }

    #[test]
    fn parts_an_entry_lacks_are_left_out() {
        let mut bare = entry();
        bare.explanation.clear();
        bare.related.clear();
        bare.source = Default::default();
        let html = card_html(&bare, Lang::En, true);
        for part in ["gx-more", "gx-exp", "gx-related", "gx-src", "gx-back"] {
            assert!(!html.contains(part), "{part} in {html}");
        }
        assert!(card_html(&bare, Lang::En, false)
            .contains("data-testid=\"glossary-back\">← Back</button>"));
    }

    #[test]
    fn the_source_line_in_each_language() {
        let en = card_html(&entry(), Lang::En, true);
        assert!(en.contains("Source: </span><a target=\"_blank\" rel=\"noopener noreferrer\"><cite>Title</cite></a>, Publisher, 2022-12-16</p>"));
        let ja = card_html(&entry(), Lang::Ja, true);
        assert!(ja.contains("出典：</span><a target=\"_blank\" rel=\"noopener noreferrer\"><cite>Title</cite></a>、Publisher、2022-12-16</p>"));
        // A part the entry lacks goes with the words before it.
        let mut undated = entry();
        undated.source[2].clear();
        assert!(
            card_html(&undated, Lang::En, true).contains("<cite>Title</cite></a>, Publisher</p>")
        );
        undated.source[1].clear();
        assert!(card_html(&undated, Lang::Ja, true).contains("<cite>Title</cite></a></p>"));
        let mut linked = entry();
        linked.source_url = "https://example.org/?a=1&b=2".into();
        assert!(card_html(&linked, Lang::En, true)
            .contains("<a href=\"https://example.org/?a=1&amp;b=2\" target"));
    }

    /// Regression (issue 21): a built-in entry showed one source line that did not always
    /// support its definition; it now shows the evidence the build rendered from its claims.
    #[test]
    fn a_built_in_entry_shows_its_rendered_evidence_instead_of_one_source_line() {
        let mut built_in = entry();
        built_in.notes =
            "<div class=\"gx-srcs\"><p class=\"gx-src\">Definition: A</p></div>".into();
        let html = card_html(&built_in, Lang::En, true);
        assert!(html.contains("<p class=\"gx-src\">Definition: A</p>"));
        assert!(!html.contains("<cite>Title</cite>"));
    }

    #[test]
    fn the_buttons_actions() {
        assert_eq!(
            Action::of("gx-rel", Some("x".into())),
            Some(Action::Go("x".into()))
        );
        assert_eq!(Action::of("gx-rel", None), None);
        assert_eq!(Action::of("gx-back", None), Some(Action::Back));
        assert_eq!(Action::of("ex-close gx-close", None), Some(Action::Close));
        assert_eq!(Action::of("gx-closer", None), None);
        assert_eq!(Action::of("", None), None);
        // Every class the card writes for a button reads back as its action.
        let html = card_html(&entry(), Lang::En, false);
        for class in [
            "class=\"gx-rel\"",
            "class=\"gx-back\"",
            "class=\"ex-close gx-close\"",
        ] {
            assert!(html.contains(class), "{class}");
        }
    }
}
