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
    /// A short Japanese label for the glossary index's per-entry source line (the full
    /// reference is in the page's source list); the title when empty.
    #[serde(default)]
    pub short_ja: String,
    /// A short English label, likewise; written together with `short_ja`.
    #[serde(default)]
    pub short_en: String,
    /// A seed's number in the page's source list (`資料1`, `Document 1`): seeds only,
    /// each number once.
    #[serde(default)]
    pub number: Option<u32>,
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

    /// The source with this id.
    pub fn get(&self, id: &str) -> Option<&Source> {
        self.0.iter().find(|s| s.id == id)
    }
}

impl Source {
    /// The short labels (Japanese, English) naming this source in the glossary index:
    /// `short_ja` / `short_en` when written, else the titles.
    pub fn short_labels(&self) -> (&str, &str) {
        if self.short_ja.is_empty() {
            (&self.title_ja, &self.title_en)
        } else {
            (&self.short_ja, &self.short_en)
        }
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
    let mut numbers = std::collections::BTreeSet::new();
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
        if s.short_ja.is_empty() != s.short_en.is_empty() {
            let missing = if s.short_ja.is_empty() {
                "short_ja"
            } else {
                "short_en"
            };
            problems.push(&file, &entry, missing, "short_ja and short_en go together");
        }
        if !s.short_ja.is_empty() && !looks_japanese(&s.short_ja) {
            problems.push(&file, &entry, "short_ja", "not Japanese");
        }
        if !s.short_en.is_empty() && !looks_english(&s.short_en) {
            problems.push(&file, &entry, "short_en", "not English");
        }
        if let Some(n) = s.number {
            if s.kind != "seed" {
                problems.push(&file, &entry, "number", "only seed documents are numbered");
            }
            if n == 0 {
                problems.push(&file, &entry, "number", "numbers start at 1");
            }
            if !numbers.insert(n) {
                problems.push(&file, &entry, "number", format!("number {n} is used twice"));
            }
        }
    }
    Sources(parsed.source)
}
