//! An entry in typed form, and a problem found in one.

use std::fmt;

/// Where a definition comes from.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Source {
    /// The title, as shown.
    pub title: String,
    /// An http(s) URL, or empty.
    pub url: String,
    /// The date as shown, or empty.
    pub date: String,
}

/// One glossary entry (see [`crate::fields::FIELDS`]); absent texts are empty.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Entry {
    /// Stable kebab-case id.
    pub id: String,
    /// The term in Japanese.
    pub ja: String,
    /// The term in English.
    pub en: String,
    /// The reading of `ja` in kana.
    pub reading: String,
    /// Other Japanese forms matched in text.
    pub match_ja: Vec<String>,
    /// Other English forms matched in text.
    pub match_en: Vec<String>,
    /// One-line definition in Japanese.
    pub definition_ja: String,
    /// One-line definition in English.
    pub definition_en: String,
    /// Longer explanation in Japanese.
    pub explanation_ja: String,
    /// Longer explanation in English.
    pub explanation_en: String,
    /// Ids of related entries.
    pub related: Vec<String>,
    /// The source, when there is one.
    pub source: Option<Source>,
}

impl Entry {
    /// A text field by name (empty for lists, the source and unknown names).
    pub fn text(&self, name: &str) -> &str {
        match name {
            "id" => &self.id,
            "ja" => &self.ja,
            "en" => &self.en,
            "reading" => &self.reading,
            "definition_ja" => &self.definition_ja,
            "definition_en" => &self.definition_en,
            "explanation_ja" => &self.explanation_ja,
            "explanation_en" => &self.explanation_en,
            _ => "",
        }
    }

    /// A list field by name (empty for texts and unknown names).
    pub fn list(&self, name: &str) -> &[String] {
        match name {
            "match_ja" => &self.match_ja,
            "match_en" => &self.match_en,
            "related" => &self.related,
            _ => &[],
        }
    }
}

/// One problem in one entry (or in the whole file).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The entry's position in the file, from 1 (0: the whole file).
    pub position: usize,
    /// The entry's id, when it has a usable one.
    pub id: String,
    /// The field at fault (empty: the whole entry or file).
    pub field: String,
    /// What is wrong, in plain words.
    pub message: String,
}

impl Problem {
    /// A problem in entry `position` (from 1) with id `id`, field `field`.
    pub fn new(position: usize, id: &str, field: &str, message: impl Into<String>) -> Problem {
        Problem {
            position,
            id: id.to_owned(),
            field: field.to_owned(),
            message: message.into(),
        }
    }

    /// The entry as a reader finds it: `entry "id"`, or `entry 3` without an id.
    pub fn entry_label(&self) -> String {
        if self.id.is_empty() {
            format!("entry {}", self.position)
        } else {
            format!("entry \"{}\"", self.id)
        }
    }
}

impl fmt::Display for Problem {
    /// `entry "x": field "definition_en": message`, shorter when there is no entry or
    /// field.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.position > 0 {
            write!(f, "{}: ", self.entry_label())?;
        }
        if !self.field.is_empty() {
            write!(f, "field \"{}\": ", self.field)?;
        }
        f.write_str(&self.message)
    }
}
