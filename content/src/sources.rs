//! `widgets/sources.toml`: the documents every widget cites.

use std::path::Path;

use serde::Deserialize;

use crate::error::Problems;
use crate::text::{is_kebab_id, looks_english, looks_japanese};

/// One cited document, as written in `sources.toml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Stable id (`seed-004`).
    pub id: String,
    /// `seed` (one of the project's seed documents) or `public` (a well-known public text).
    pub kind: String,
    /// Title in Japanese.
    pub title_ja: String,
    /// Title in English.
    pub title_en: String,
    /// Publisher or author in Japanese.
    pub publisher_ja: String,
    /// Publisher or author in English.
    pub publisher_en: String,
    /// Publication date as free text (`2025-03-31`, `undated (after 2023)`).
    pub date: String,
    /// Where a reader can find it, when there is a stable public address.
    #[serde(default)]
    pub url: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SourcesFile {
    source: Vec<Source>,
}

/// All sources, in file order.
#[derive(Debug, Default, Clone)]
pub struct Sources(pub Vec<Source>);

impl Sources {
    /// Position of the source with this id.
    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.0.iter().position(|s| s.id == id)
    }
}

/// Reads a TOML file into `T`, recording a problem (and returning `None`) when the
/// file is missing or malformed.
pub fn read_toml<T: serde::de::DeserializeOwned>(
    path: &Path,
    problems: &mut Problems,
) -> Option<T> {
    let file = path.display().to_string();
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) => {
            problems.push(&file, "", "", format!("cannot read the file: {e}"));
            return None;
        }
    };
    match toml::from_str(&text) {
        Ok(v) => Some(v),
        Err(e) => {
            problems.push(&file, "", "", format!("not valid content TOML: {e}"));
            None
        }
    }
}

/// Reads and checks `sources.toml`.
pub fn load(path: &Path, problems: &mut Problems) -> Sources {
    let file = path.display().to_string();
    let Some(parsed) = read_toml::<SourcesFile>(path, problems) else {
        return Sources::default();
    };
    let mut seen = std::collections::BTreeSet::new();
    for (i, s) in parsed.source.iter().enumerate() {
        let entry = if s.id.is_empty() {
            format!("entry {}", i + 1)
        } else {
            format!("source \"{}\"", s.id)
        };
        if !is_kebab_id(&s.id) {
            problems.push(&file, &entry, "id", "must be a kebab-case id");
        }
        if !seen.insert(s.id.clone()) {
            problems.push(&file, &entry, "id", "duplicate id");
        }
        if s.kind != "seed" && s.kind != "public" {
            problems.push(&file, &entry, "kind", "must be \"seed\" or \"public\"");
        }
        for (field, value) in [("title_ja", &s.title_ja), ("publisher_ja", &s.publisher_ja)] {
            if !looks_japanese(value) {
                problems.push(&file, &entry, field, "missing or not Japanese");
            }
        }
        for (field, value) in [("title_en", &s.title_en), ("publisher_en", &s.publisher_en)] {
            if !looks_english(value) {
                problems.push(&file, &entry, field, "missing or not English");
            }
        }
        if s.date.trim().is_empty() {
            problems.push(
                &file,
                &entry,
                "date",
                "missing (write `undated` when unknown)",
            );
        }
        if !s.url.is_empty() && !s.url.starts_with("https://") {
            problems.push(&file, &entry, "url", "must start with https://");
        }
    }
    Sources(parsed.source)
}
