//! `widgets/glossary/terms.toml`: the glossary entries and the forms matched in text.

use std::collections::BTreeSet;
use std::path::Path;

use serde::Deserialize;

use crate::error::Problems;
use crate::sources::{read_toml, Sources};
use crate::text::{looks_english, looks_japanese};

/// One glossary entry, as written in `terms.toml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// Stable kebab-case id, used by `<glossary-term term="…">`.
    pub id: String,
    /// The Japanese term.
    pub ja: String,
    /// Its reading in kana.
    pub reading: String,
    /// The English term.
    pub en: String,
    /// Extra forms recognised in running text (besides `ja`).
    #[serde(default)]
    pub match_ja: Vec<String>,
    /// Extra forms recognised in running text (besides `en`).
    #[serde(default)]
    pub match_en: Vec<String>,
    /// One-line definition, Japanese.
    pub definition_ja: String,
    /// One-line definition, English.
    pub definition_en: String,
    /// Short explanation, Japanese.
    pub explanation_ja: String,
    /// Short explanation, English.
    pub explanation_en: String,
    /// Ids of related entries.
    #[serde(default)]
    pub related: Vec<String>,
    /// Id of the source in `sources.toml`.
    pub source: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TermsFile {
    term: Vec<Entry>,
}

/// The checked glossary, in file order.
#[derive(Debug, Default, Clone)]
pub struct Glossary(pub Vec<Entry>);

impl Glossary {
    /// Position of the entry with this id.
    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.0.iter().position(|t| t.id == id)
    }
}

pub use glossary_format::text::clash_key;
use glossary_format::text::normalise_form;

/// The entry in the glossary format's typed form (its source from `sources.toml`:
/// the English title, the URL and the date), for the shared checks.
fn typed(t: &Entry, sources: &Sources) -> glossary_format::Entry {
    let source = sources
        .index_of(&t.source)
        .and_then(|k| sources.0.get(k))
        .map(|s| glossary_format::Source {
            title: s.title_en.clone(),
            url: s.url.clone(),
            date: s.date.clone(),
        });
    glossary_format::Entry {
        id: t.id.clone(),
        ja: t.ja.clone(),
        en: t.en.clone(),
        reading: t.reading.clone(),
        match_ja: t.match_ja.clone(),
        match_en: t.match_en.clone(),
        definition_ja: t.definition_ja.clone(),
        definition_en: t.definition_en.clone(),
        explanation_ja: t.explanation_ja.clone(),
        explanation_en: t.explanation_en.clone(),
        related: t.related.clone(),
        source,
    }
}

/// How this build names an entry in its messages: `term "id"`, or `entry 3`.
fn entry_name(position: usize, id: &str) -> String {
    if id.is_empty() {
        format!("entry {position}")
    } else {
        format!("term \"{id}\"")
    }
}

/// Reads and checks the glossary against the sources: the glossary format's checks
/// (the same an author's file gets: ids, lengths, readings, related ids, source
/// URLs, matching forms), then this project's own rules (both languages, in the
/// right script; an explanation, a reading and a known source for every entry).
pub fn load(path: &Path, sources: &Sources, problems: &mut Problems) -> Glossary {
    let file = path.display().to_string();
    let Some(parsed) = read_toml::<TermsFile>(path, problems) else {
        return Glossary::default();
    };
    let typed: Vec<glossary_format::Entry> =
        parsed.term.iter().map(|t| typed(t, sources)).collect();
    for p in glossary_format::validate(&typed, &[]) {
        let id = parsed
            .term
            .get(p.position.wrapping_sub(1))
            .map_or("", |t| t.id.as_str());
        problems.push(&file, &entry_name(p.position, id), &p.field, p.message);
    }
    for (i, t) in parsed.term.iter().enumerate() {
        let entry = entry_name(i + 1, &t.id);
        let mut bad = |field: &str, msg: &str| problems.push(&file, &entry, field, msg);
        for (field, value) in [
            ("ja", &t.ja),
            ("definition_ja", &t.definition_ja),
            ("explanation_ja", &t.explanation_ja),
        ] {
            if !looks_japanese(value) {
                bad(field, "missing or not Japanese");
            }
        }
        for (field, value) in [
            ("en", &t.en),
            ("definition_en", &t.definition_en),
            ("explanation_en", &t.explanation_en),
        ] {
            if !looks_english(value) {
                bad(field, "missing or not English");
            }
        }
        if t.reading.trim().is_empty() {
            bad("reading", "every entry needs a reading in kana");
        }
        if t.source.trim().is_empty() {
            bad("source", "every entry needs a source");
        } else if sources.index_of(&t.source).is_none() {
            bad(
                "source",
                &format!(
                    "unknown source id \"{}\" (see widgets/sources.toml)",
                    t.source
                ),
            );
        }
    }
    Glossary(parsed.term)
}

/// Every form matched in text, with whether it is Latin and the position of its entry
/// in file order: sorted by first character (ASCII folded to lower case), then longest
/// first, the order the widget's matcher expects. Latin forms are lower-case.
pub fn match_forms(glossary: &Glossary) -> Vec<(String, bool, usize)> {
    let mut forms: Vec<(String, bool, usize)> = Vec::new();
    for (i, t) in glossary.0.iter().enumerate() {
        let mut own = BTreeSet::new();
        let all = std::iter::once(&t.ja)
            .chain(std::iter::once(&t.en))
            .chain(t.match_ja.iter())
            .chain(t.match_en.iter());
        for form in all {
            let (norm, latin) = normalise_form(form);
            if own.insert(norm.clone()) {
                forms.push((norm, latin, i));
            }
        }
    }
    forms.sort_by(|a, b| {
        let fa = a.0.chars().next().map(|c| c.to_ascii_lowercase());
        let fb = b.0.chars().next().map(|c| c.to_ascii_lowercase());
        fa.cmp(&fb)
            .then(b.0.chars().count().cmp(&a.0.chars().count()))
            .then(a.0.cmp(&b.0))
    });
    forms
}
