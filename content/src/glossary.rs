//! `widgets/glossary/terms.toml`: the glossary entries and the forms matched in text.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use serde::Deserialize;

use crate::error::Problems;
use crate::sources::{read_toml, Sources};
use crate::text::{is_kebab_id, is_reading, looks_english, looks_japanese};

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

/// A text form and whether it is matched as Latin (case-insensitive, whole words).
fn normalise_form(form: &str) -> (String, bool) {
    let latin = form.is_ascii();
    if latin {
        (form.to_ascii_lowercase(), true)
    } else {
        (form.to_owned(), false)
    }
}

/// The key two forms clash on: the same words once width, case, spacing and
/// hyphenation are folded (`ＡＳＥＡＮ` = `asean`, `Six-Party Talks` = `six party talks`).
pub fn clash_key(form: &str) -> String {
    let mut key = String::with_capacity(form.len());
    for c in form.trim().chars() {
        let c = match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            '\u{3000}' => ' ',
            _ => c,
        };
        if c.is_whitespace() || matches!(c, '-' | '‐' | '‑' | '–' | '・' | '･') {
            continue;
        }
        key.extend(c.to_lowercase());
    }
    key
}

/// Reads and checks the glossary against the sources.
pub fn load(path: &Path, sources: &Sources, problems: &mut Problems) -> Glossary {
    let file = path.display().to_string();
    let Some(parsed) = read_toml::<TermsFile>(path, problems) else {
        return Glossary::default();
    };
    let ids: BTreeSet<&str> = parsed.term.iter().map(|t| t.id.as_str()).collect();
    let mut seen = BTreeSet::new();
    // Every matching form seen so far (by its clash key), with its entry and field.
    let mut forms: Forms = BTreeMap::new();
    for (i, t) in parsed.term.iter().enumerate() {
        let entry = if t.id.is_empty() {
            format!("entry {}", i + 1)
        } else {
            format!("term \"{}\"", t.id)
        };
        let mut bad = |field: &str, msg: &str| problems.push(&file, &entry, field, msg);
        if !is_kebab_id(&t.id) {
            bad("id", "must be a kebab-case id such as `east-china-sea`");
        }
        if !seen.insert(t.id.as_str()) {
            bad("id", "duplicate id");
        }
        check_text(t, &mut bad);
        check_links(t, (&ids, sources), &mut bad);
        check_forms(t, &mut forms, &mut bad);
    }
    Glossary(parsed.term)
}

/// Every matching form seen so far (by its clash key), with its entry's id and field.
type Forms<'a> = BTreeMap<String, (String, &'a str)>;

/// Both languages, the reading, one-line definitions.
fn check_text(t: &Entry, bad: &mut impl FnMut(&str, &str)) {
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
    if !is_reading(&t.reading) {
        bad("reading", "must be kana only (hiragana or katakana)");
    }
    for (field, value) in [
        ("definition_ja", &t.definition_ja),
        ("definition_en", &t.definition_en),
    ] {
        if value.chars().count() > 220 {
            bad(field, "a definition is one line: at most 220 characters");
        }
    }
}

/// Related entries (known, not itself, once each) and the source (present, known).
fn check_links(
    t: &Entry,
    (ids, sources): (&BTreeSet<&str>, &Sources),
    bad: &mut impl FnMut(&str, &str),
) {
    let mut rel_seen = BTreeSet::new();
    for r in &t.related {
        if r == &t.id {
            bad("related", "an entry cannot be related to itself");
        } else if !ids.contains(r.as_str()) {
            bad("related", &format!("unknown id \"{r}\""));
        } else if !rel_seen.insert(r) {
            bad("related", &format!("\"{r}\" listed twice"));
        }
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

/// The forms matched in text: long enough to match safely, and no form shared with
/// another entry (compared by [`clash_key`]); records the entry's forms in `forms`.
fn check_forms<'a>(t: &Entry, forms: &mut Forms<'a>, bad: &mut impl FnMut(&str, &str)) {
    let all_forms = [("ja", &t.ja), ("en", &t.en)]
        .into_iter()
        .chain(t.match_ja.iter().map(|f| ("match_ja", f)))
        .chain(t.match_en.iter().map(|f| ("match_en", f)));
    let mut own = BTreeSet::new();
    for (field, form) in all_forms {
        let (norm, latin) = normalise_form(form.trim());
        let min = if latin { 3 } else { 2 };
        if norm.chars().count() < min {
            bad(
                field,
                &format!("form \"{form}\" is too short to match safely"),
            );
            continue;
        }
        let key = clash_key(form);
        if !own.insert(key.clone()) {
            continue;
        }
        if let Some((other, other_field)) = forms.get(&key) {
            bad(
                field,
                &format!(
                    "form \"{form}\" is also a form of \"{other}\" (its `{other_field}`): two entries cannot share a matching form, or text would be linked to the wrong one"
                ),
            );
        } else {
            forms.insert(key, (t.id.clone(), field));
        }
    }
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
            let (norm, latin) = normalise_form(form.trim());
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
