//! The slider's render stage: each example in each language as an HTML list item (a
//! `<details>` with its kind and title, and a place for its body) and its body (its
//! text, recommendation lists and sources, fetched when a reader first reaches for an
//! example), escaped here.

use super::validate::CheckedExample;
use crate::glossary::Glossary;
use crate::markup::escape;
use crate::source_notes::{fill_html, sources_html};
use crate::sources::Sources;
use crate::ui_text::UiText;

/// A text in Japanese and in English.
pub(crate) type Pair = (String, String);

/// The headings of the recommendation lists, in the order of the lists (`text.toml`).
const LIST_HEADINGS: [&str; 3] = ["us_heading", "china_heading", "both_heading"];

/// The widget's words for `key` (`text.toml`, checked there), escaped for HTML.
fn label(text: &UiText, key: &str) -> Pair {
    let (ja, en) = text.get(key);
    (escape(ja), escape(en))
}

/// One example as HTML, in Japanese and in English: its list item, whose `<details>`
/// holds the kind and title and, until the body arrives, the words for waiting and for
/// failing (`.ds-ex-body`, `aria-busy`); and its body, ending with its sources (each
/// with its date and the places cited: what its claims cite).
pub(crate) fn example(
    c: &CheckedExample,
    text: &UiText,
    (glossary, sources): (&Glossary, &Sources),
) -> (Pair, Pair) {
    let e = c.example;
    let evidence = e.evidence_claim();
    let claims = || e.claims.iter().chain(std::iter::once(&evidence));
    let (src_ja, src_en) = text.get("example_sources");
    let notes = (
        fill_html(src_ja, &[("list", &sources_html(sources, claims(), "ja"))]),
        fill_html(src_en, &[("list", &sources_html(sources, claims(), "en"))]),
    );
    let kind = label(text, &format!("kind_{}", e.kind.replace('-', "_")));
    let body = c.body.html(glossary);
    let lists: Vec<(Pair, Vec<Pair>)> = LIST_HEADINGS
        .iter()
        .zip(&c.lists)
        .map(|(heading, items)| {
            let items = items.iter().map(|p| p.html(glossary)).collect();
            (label(text, heading), items)
        })
        .collect();
    let (waiting, failed) = (
        label(text, "disclosure_loading"),
        label(text, "disclosure_failed"),
    );
    let item = |ja: bool| {
        let pick = |pair: &Pair| if ja { pair.0.clone() } else { pair.1.clone() };
        format!(
            "<li class=\"ds-example\" data-kind=\"{}\" data-testid=\"slider-example\" data-id=\"{}\"><details><summary><span class=\"ds-kind\">{}</span>{}</summary><div class=\"ds-ex-body\" aria-busy=\"true\"><p>{}</p><p hidden>{}</p></div></details></li>",
            escape(&e.kind),
            escape(&e.id),
            pick(&kind),
            escape(if ja { &e.title_ja } else { &e.title_en }),
            pick(&waiting),
            pick(&failed),
        )
    };
    let html = |ja: bool| {
        let pick = |pair: &Pair| if ja { pair.0.clone() } else { pair.1.clone() };
        let mut h = format!("<p>{}</p>", pick(&body));
        for (heading, items) in &lists {
            if items.is_empty() {
                continue;
            }
            h.push_str(&format!(
                "<div class=\"ds-recs\"><p class=\"ds-recs-h\">{}</p><ul>",
                pick(heading)
            ));
            for item in items {
                h.push_str(&format!("<li>{}</li>", pick(item)));
            }
            h.push_str("</ul></div>");
        }
        h.push_str("<p class=\"ds-src\" data-testid=\"slider-example-sources\">");
        h.push_str(&pick(&notes));
        h.push_str("</p>");
        h
    };
    ((item(true), item(false)), (html(true), html(false)))
}
