//! `widgets/sources.toml`: the documents every widget cites.

use std::path::Path;

use serde::Deserialize;

use crate::error::Problems;
use crate::text::{is_kebab_id, looks_english, looks_japanese};

/// One cited document, as written in `sources.toml`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Stable id (`seed-004`).
    pub id: String,
    /// `seed` (one of the project's seed documents), `public` (a public document) or
    /// `model` (this project's own teaching model, for statements about what the model
    /// does: its `doc_id` names where its rules are written).
    pub kind: String,
    /// Title in Japanese.
    pub title_ja: String,
    /// Title in English.
    pub title_en: String,
    /// Publisher or author in Japanese.
    pub publisher_ja: String,
    /// Publisher or author in English.
    pub publisher_en: String,
    /// Publication date, machine-readable: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, an interval
    /// `A/B` of those, or `unknown` (then `date_note` says why, and claims resting on the
    /// source are attributed to it).
    pub date: String,
    /// What the date means or why it is unknown (`undated; mentions events of 2024`).
    #[serde(default)]
    pub date_note: String,
    /// Where a reader can find it (https).
    #[serde(default)]
    pub url: String,
    /// A stable document identifier where there is no URL (`UN Doc. S/RES/1718 (2006)`).
    #[serde(default)]
    pub doc_id: String,
    /// A seed's file name in `shared/seeds/` (seeds only).
    #[serde(default)]
    pub file: String,
    /// A seed's number of paragraphs (non-empty lines), which its locators must stay
    /// within (seeds only; checked against the file when `shared/seeds/` is present).
    #[serde(default)]
    pub paragraphs: Option<u32>,
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

#[cfg(test)]
impl Source {
    /// A source for tests: its id, kind, paragraph count and date, with placeholder
    /// titles and publishers in both languages.
    pub(crate) fn for_test(id: &str, kind: &str, paragraphs: Option<u32>, date: &str) -> Self {
        Source {
            id: id.into(),
            kind: kind.into(),
            title_ja: "題名".into(),
            title_en: "Title".into(),
            publisher_ja: "発行者".into(),
            publisher_en: "Publisher".into(),
            date: date.into(),
            paragraphs,
            ..Source::default()
        }
    }
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
/// file is missing or malformed. The model's numbers it quotes (`{model.NAME}`) are
/// filled in first ([`crate::model_numbers`]).
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
    match toml::from_str(&crate::model_numbers::fill(&text, &file, problems)) {
        Ok(v) => Some(v),
        Err(e) => {
            problems.push(&file, "", "", format!("not valid content TOML: {e}"));
            None
        }
    }
}

/// Whether a source's date is machine-readable: a date, an interval of two, or
/// `unknown` with a note.
pub fn date_ok(date: &str, note: &str) -> Result<(), String> {
    let one = |d: &str| crate::hotspot_map::dates::parse_date(d).is_some();
    let ok = match date.split_once('/') {
        _ if date == "unknown" => {
            return if note.trim().is_empty() {
                Err("an unknown date needs a `date_note` saying what is known".into())
            } else {
                Ok(())
            }
        }
        Some((a, b)) => one(a) && one(b) && a <= b,
        None => one(date),
    };
    if ok {
        Ok(())
    } else {
        Err(format!(
            "\"{date}\" is not YYYY, YYYY-MM, YYYY-MM-DD, an interval A/B of those, or \"unknown\""
        ))
    }
}

/// Where the seed documents are: `EXPLAINERS_SEEDS`, else `../shared/seeds` beside the
/// repository; `None` when absent (the paragraph counts are then taken as recorded).
pub fn seeds_dir(widgets_dir: &Path) -> Option<std::path::PathBuf> {
    let dir = std::env::var_os("EXPLAINERS_SEEDS")
        .map(std::path::PathBuf::from)
        .or_else(|| {
            let repo = widgets_dir.parent()?;
            let repo = if repo.as_os_str().is_empty() {
                Path::new(".")
            } else {
                repo
            };
            Some(repo.canonicalize().ok()?.parent()?.join("shared/seeds"))
        })?;
    dir.is_dir().then_some(dir)
}

/// The number of paragraphs (non-empty lines) of a seed file.
pub fn paragraph_count(text: &str) -> u32 {
    u32::try_from(text.lines().filter(|l| !l.trim().is_empty()).count()).unwrap_or(u32::MAX)
}

/// A seed's file and paragraph count, against the file itself when the seeds are here.
fn check_seed(s: &Source, seeds: Option<&Path>, bad: &mut dyn FnMut(&str, String)) {
    let Some(recorded) = s.paragraphs.filter(|n| *n > 0) else {
        bad(
            "paragraphs",
            "a seed records its number of paragraphs (non-empty lines)".into(),
        );
        return;
    };
    if s.file.is_empty() {
        bad("file", "a seed names its file in shared/seeds/".into());
        return;
    }
    let Some(dir) = seeds else { return };
    match std::fs::read_to_string(dir.join(&s.file)) {
        Err(e) => bad(
            "file",
            format!("cannot read {}: {e}", dir.join(&s.file).display()),
        ),
        Ok(text) => {
            let n = paragraph_count(&text);
            if n != recorded {
                bad(
                    "paragraphs",
                    format!("the file has {n} paragraphs, not {recorded}: the seed changed, so check every locator into it"),
                );
            }
        }
    }
}

/// Reads and checks `sources.toml`; `seeds` is the seed folder when present.
pub fn load(path: &Path, seeds: Option<&Path>, problems: &mut Problems) -> Sources {
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
        if !["seed", "public", "model"].contains(&s.kind.as_str()) {
            problems.push(
                &file,
                &entry,
                "kind",
                "must be \"seed\", \"public\" or \"model\"",
            );
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
        if let Err(m) = date_ok(&s.date, &s.date_note) {
            problems.push(&file, &entry, "date", m);
        }
        if !s.url.is_empty() && !s.url.starts_with("https://") {
            problems.push(&file, &entry, "url", "must start with https://");
        }
        if s.kind != "seed" && s.url.is_empty() && s.doc_id.trim().is_empty() {
            problems.push(
                &file,
                &entry,
                "url",
                "a public source needs a URL or a stable document identifier (`doc_id`)",
            );
        }
        if s.kind == "seed" {
            check_seed(s, seeds, &mut |f, m| problems.push(&file, &entry, f, m));
        } else if !s.file.is_empty() || s.paragraphs.is_some() {
            problems.push(
                &file,
                &entry,
                "file",
                "only seeds have a file and a paragraph count",
            );
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
