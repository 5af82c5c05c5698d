//! `widgets/glossary/terms/*.toml`: the glossary entries (read in file-name order), their
//! claims and the forms matched in text.

use std::collections::BTreeSet;
use std::path::Path;

use serde::Deserialize;

use crate::claims::{self, Checker, Claim};
use crate::error::Problems;
use crate::sources::{read_toml, Sources};
use crate::text::{looks_english, looks_japanese};

/// One glossary entry, as written in `terms/*.toml`.
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
    /// Ids of related entries.
    #[serde(default)]
    pub related: Vec<String>,
    /// The definition's and the explanation's sentences, in order (`part` says which).
    #[serde(default, rename = "claim")]
    pub claims: Vec<Claim>,
}

impl Entry {
    /// The claims of one part (`definition` or `explanation`), in order.
    pub fn part<'a>(&'a self, part: &'a str) -> impl Iterator<Item = &'a Claim> + 'a {
        self.claims.iter().filter(move |c| c.part == part)
    }

    /// The definition in `lang`, as readers see it.
    pub fn definition(&self, lang: &str) -> String {
        claims::joined(self.part("definition"), lang)
    }

    /// The explanation in `lang`, as readers see it.
    pub fn explanation(&self, lang: &str) -> String {
        claims::joined(self.part("explanation"), lang)
    }
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

/// The entry in the glossary format's typed form (its definition's first source from
/// `sources.toml`: the English title, the URL and the date), for the shared checks.
fn typed(t: &Entry, sources: &Sources) -> glossary_format::Entry {
    let source = claims::cited(t.part("definition"))
        .first()
        .and_then(|(id, _)| sources.get(id))
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
        definition_ja: t.definition("ja"),
        definition_en: t.definition("en"),
        explanation_ja: t.explanation("ja"),
        explanation_en: t.explanation("en"),
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

/// The glossary's files in `dir`: every `*.toml`, in file-name order.
pub fn files(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .map(|d| {
            d.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "toml"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

/// Reads and checks every glossary file in `dir` (see [`load_file`]), and the related
/// ids across them.
pub fn load(dir: &Path, sources: &Sources, problems: &mut Problems) -> Glossary {
    let mut all: Vec<(String, Entry)> = Vec::new();
    let paths = files(dir);
    if paths.is_empty() {
        problems.push(
            &dir.display().to_string(),
            "",
            "",
            "no glossary files (*.toml) here",
        );
    }
    let mut checker = Checker::new(claims::today());
    for path in paths {
        let file = path.display().to_string();
        if let Some(parsed) = read_toml::<TermsFile>(&path, problems) {
            for t in parsed.term {
                all.push((file.clone(), t));
            }
        }
    }
    let entries: Vec<Entry> = all.iter().map(|(_, t)| t.clone()).collect();
    let typed: Vec<glossary_format::Entry> = entries.iter().map(|t| typed(t, sources)).collect();
    for p in glossary_format::validate(&typed, &[]) {
        let (file, id) = all
            .get(p.position.wrapping_sub(1))
            .map_or(("", ""), |(f, t)| (f.as_str(), t.id.as_str()));
        problems.push(file, &entry_name(p.position, id), &p.field, p.message);
    }
    for (i, (file, t)) in all.iter().enumerate() {
        check_entry(i, t, (file, sources, &mut checker), problems);
    }
    Glossary(entries)
}

/// This project's own rules for one entry (the `i`th across the files): both names in
/// their scripts, a reading, a definition and an explanation made of checked claims.
fn check_entry(
    i: usize,
    t: &Entry,
    (file, sources, checker): (&str, &Sources, &mut Checker),
    problems: &mut Problems,
) {
    let entry = entry_name(i + 1, &t.id);
    if !looks_japanese(&t.ja) {
        problems.push(file, &entry, "ja", "missing or not Japanese");
    }
    if !looks_english(&t.en) {
        problems.push(file, &entry, "en", "missing or not English");
    }
    if t.reading.trim().is_empty() {
        problems.push(
            file,
            &entry,
            "reading",
            "every entry needs a reading in kana",
        );
    }
    for part in ["definition", "explanation"] {
        if t.part(part).next().is_none() {
            problems.push(
                file,
                &entry,
                "claim",
                format!("every entry needs a {part}: at least one claim with part = \"{part}\""),
            );
        }
    }
    for c in &t.claims {
        if c.part != "definition" && c.part != "explanation" {
            problems.push(
                file,
                &entry,
                &format!("claim \"{}\".part", c.id),
                "must be \"definition\" or \"explanation\"",
            );
        }
        if !c.date.is_empty() {
            problems.push(
                file,
                &entry,
                &format!("claim \"{}\".date", c.id),
                "only timeline events have a date",
            );
        }
        checker.check(c, &t.id, sources, (file, &entry), problems);
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
