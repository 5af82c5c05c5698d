//! What readers see of the claims' evidence, rendered at build time as HTML (escaped here,
//! so the wasm only inserts finished strings): a list of sources, each a link to the
//! document when it has a URL, with its date and the locators cited; a glossary entry's
//! source lines (definition and explanation apart when their sources differ) and the date
//! its claims were checked up to.

use html_text::escape_into;

use crate::claims::{self, Claim};
use crate::hotspot_map::dates::{date_label, source_date_label};
use crate::sources::{Source, Sources};
use crate::ui_text::{split, UiText};

/// `s`, escaped for HTML text and attributes.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    escape_into(&mut out, s, true);
    out
}

/// Fills `template` (its words escaped) with finished HTML `values`.
pub fn fill_html(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::new();
    for (before, name) in split(template) {
        escape_into(&mut out, &before, true);
        if let Some((_, v)) = values.iter().find(|(k, _)| *k == name) {
            out.push_str(v);
        }
    }
    out
}

/// One source as readers see it in `lang`: its short label (a link when it has a URL,
/// else with its document identifier), its date and the locators cited.
pub fn source_html(s: &Source, locators: &[String], lang: &str) -> String {
    let (short_ja, short_en) = s.short_labels();
    let (date_ja, date_en) = source_date_label(&s.date);
    let (label, date) = if lang == "ja" {
        (short_ja, date_ja)
    } else {
        (short_en, date_en)
    };
    let mut out = String::new();
    if s.url.is_empty() {
        // No link: the label alone (the document identifier is in the teaching page's
        // source list, where there is room for it).
        out.push_str("<cite>");
        out.push_str(&esc(label));
        out.push_str("</cite>");
    } else {
        out.push_str("<a href=\"");
        out.push_str(&esc(&s.url));
        out.push_str("\" target=\"_blank\" rel=\"noopener noreferrer\"><cite>");
        out.push_str(&esc(label));
        out.push_str("</cite></a>");
    }
    let locs: Vec<String> = locators
        .iter()
        .map(|l| claims::locator_label(l, lang))
        .collect();
    if lang == "ja" {
        out.push('(');
        out.push_str(&esc(&date));
        out.push_str(")、");
        out.push_str(&esc(&locs.join("、")));
    } else {
        out.push_str(", ");
        out.push_str(&esc(&date));
        out.push_str(", ");
        out.push_str(&esc(&locs.join(", ")));
    }
    out
}

/// Every source `claims` cite, in order of first citation, as one HTML list in `lang`
/// (sources the content does not know are left out: the build has failed on them).
pub fn sources_html<'c>(
    sources: &Sources,
    claims: impl IntoIterator<Item = &'c Claim>,
    lang: &str,
) -> String {
    let parts: Vec<String> = claims::cited(claims)
        .iter()
        .filter_map(|(id, locs)| sources.get(id).map(|s| source_html(s, locs, lang)))
        .collect();
    parts.join(if lang == "ja" { "。" } else { "; " })
}

/// The sources a set of claims cite, numbered from 1 in order of first citation, each
/// with every locator cited: what a card's or a lesson section's numbered notes list,
/// and the numbers each statement in it carries.
pub struct Notes(Vec<(String, Vec<String>)>);

impl Notes {
    /// The notes of `claims`, in the order they are shown.
    pub fn of<'c>(claims: impl IntoIterator<Item = &'c Claim>) -> Self {
        Notes(claims::cited(claims))
    }

    /// The numbers (from 1, each once) of the notes `claims` cite.
    pub fn numbers<'c>(&self, claims: impl IntoIterator<Item = &'c Claim>) -> Vec<usize> {
        let mut out = Vec::new();
        for (id, _) in claims::cited(claims) {
            if let Some(k) = self.0.iter().position(|(s, _)| *s == id) {
                if !out.contains(&(k + 1)) {
                    out.push(k + 1);
                }
            }
        }
        out
    }

    /// Each note: the source's id and the locators cited, in number order.
    pub fn list(&self) -> &[(String, Vec<String>)] {
        &self.0
    }
}

/// A glossary entry's evidence in `lang` (`<div class="gx-srcs">`): one source line when
/// its definition and explanation cite the same sources, else one for each, then the
/// date its claims were checked up to. `words` is the glossary's `text.toml`.
pub fn entry_notes_html(
    entry: &crate::glossary::Entry,
    sources: &Sources,
    words: &UiText,
    lang: &str,
) -> String {
    let pick = |key: &str| {
        let (ja, en) = words.get(key);
        if lang == "ja" {
            ja.to_string()
        } else {
            en.to_string()
        }
    };
    let def = sources_html(sources, entry.part("definition"), lang);
    let exp = sources_html(sources, entry.part("explanation"), lang);
    let mut out = String::from("<div class=\"gx-srcs\" data-testid=\"glossary-source\">");
    let line = |out: &mut String, key: &str, list: &str| {
        out.push_str("<p class=\"gx-src\">");
        out.push_str(&fill_html(&pick(key), &[("list", list)]));
        out.push_str("</p>");
    };
    if def == exp || exp.is_empty() {
        line(&mut out, "sources_all", &def);
    } else {
        line(&mut out, "sources_definition", &def);
        line(&mut out, "sources_explanation", &exp);
    }
    if let Some(d) = claims::as_of(&entry.claims) {
        let (ja, en) = date_label(d);
        let date = if lang == "ja" { ja } else { en };
        out.push_str("<p class=\"gx-src gx-checked\" data-testid=\"glossary-checked\">");
        out.push_str(&fill_html(&pick("checked"), &[("date", &esc(&date))]));
        out.push_str("</p>");
    }
    out.push_str("</div>");
    out
}
