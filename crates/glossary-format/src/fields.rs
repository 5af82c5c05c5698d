//! The field table: the one owner of the format. The validator's required and length
//! checks, the decoder's type checks and the JSON Schema read it; the table in
//! `docs/embedding/own-terms.md` describes it.

/// What a field holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A kebab-case id (`east-china-sea`).
    Id,
    /// Plain text (never markup).
    Text,
    /// Text in kana only (hiragana or katakana).
    Kana,
    /// An http(s) URL.
    Url,
    /// A list of text forms matched in running text.
    Forms,
    /// A list of ids.
    Ids,
    /// An object with the [`SOURCE_FIELDS`].
    Source,
}

impl Kind {
    /// The JSON type, as the JSON Schema names it.
    pub fn json_type(self) -> &'static str {
        match self {
            Kind::Id | Kind::Text | Kind::Kana | Kind::Url => "string",
            Kind::Forms | Kind::Ids => "array",
            Kind::Source => "object",
        }
    }

    /// The type in words, for problems ("must be …").
    pub fn words(self) -> &'static str {
        match self {
            Kind::Id | Kind::Text | Kind::Kana | Kind::Url => "text (a JSON string)",
            Kind::Forms | Kind::Ids => "a list of texts (a JSON array of strings)",
            Kind::Source => "an object {\"title\", \"url\", \"date\"}",
        }
    }
}

/// Whether a field must be present.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Need {
    /// Always.
    Required,
    /// This field or the one named (or both): one language is enough.
    OneOf(&'static str),
    /// Never.
    Optional,
}

/// One field of an entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Field {
    /// Its name in the file.
    pub name: &'static str,
    /// What it holds.
    pub kind: Kind,
    /// Whether it must be present.
    pub need: Need,
    /// The most characters a text (or each text of a list) may have.
    pub max: usize,
    /// What it is, for authors (the schema's description).
    pub description: &'static str,
}

const fn field(
    name: &'static str,
    kind: Kind,
    need: Need,
    max: usize,
    description: &'static str,
) -> Field {
    Field {
        name,
        kind,
        need,
        max,
        description,
    }
}

/// The fields of one entry, in the order they are documented.
pub const FIELDS: &[Field] = &[
    field("id", Kind::Id, Need::Required, 80, "Stable kebab-case id, unique in the file (`<glossary-term term=\"…\">` names it). An id of a built-in entry replaces that entry on the page."),
    field("ja", Kind::Text, Need::OneOf("en"), 120, "The term in Japanese (`ja`, `en` or both)."),
    field("en", Kind::Text, Need::OneOf("ja"), 120, "The term in English."),
    field("reading", Kind::Kana, Need::Optional, 120, "The reading of `ja` in kana, shown as ruby."),
    field("match_ja", Kind::Forms, Need::Optional, 120, "Other Japanese forms marked in running text (besides `ja`)."),
    field("match_en", Kind::Forms, Need::Optional, 120, "Other English forms marked in running text (besides `en`; case-insensitive, whole words)."),
    field("definition_ja", Kind::Text, Need::OneOf("definition_en"), 220, "One-line definition in Japanese (`definition_ja`, `definition_en` or both; a page in the other language shows the one given)."),
    field("definition_en", Kind::Text, Need::OneOf("definition_ja"), 220, "One-line definition in English."),
    field("explanation_ja", Kind::Text, Need::Optional, 3000, "A longer explanation in Japanese, behind a \"more\" button."),
    field("explanation_en", Kind::Text, Need::Optional, 3000, "A longer explanation in English."),
    field("related", Kind::Ids, Need::Optional, 80, "Ids of related entries, in this file or built in."),
    field("source", Kind::Source, Need::Optional, 0, "Where the definition comes from: `{\"title\": …, \"url\": …, \"date\": …}`."),
];

/// The fields of an entry's `source`.
pub const SOURCE_FIELDS: &[Field] = &[
    field(
        "title",
        Kind::Text,
        Need::Required,
        300,
        "The title of the source, as shown.",
    ),
    field(
        "url",
        Kind::Url,
        Need::Optional,
        crate::text::MAX_URL,
        "Its address: an http:// or https:// URL (the title links to it), with no user name or backslash.",
    ),
    field(
        "date",
        Kind::Text,
        Need::Optional,
        60,
        "Its date as shown (`2024-05-01`, `May 2024`).",
    ),
];

/// The longest text the widget accepts at run time in any field of an author's file
/// or attribute (above every field's own `max`): what it checks to stay safe; the
/// editorial limits are the validator's.
pub const SAFE_MAX: usize = 4000;

/// The most entries one file may have.
pub const MAX_ENTRIES: usize = 1000;

/// The longest list (of forms or of related ids) the widget accepts at run time in one
/// field of an author's entry: what keeps a hostile file from deepening its work.
pub const SAFE_LIST: usize = 50;

/// The largest author's file, in bytes of its text: the loader gives up on a larger one
/// (from the manifest, which the bundler writes from this), and `npx east-asia-explainers
/// check` says so without reading it.
pub const MAX_FILE_BYTES: usize = 512 * 1024;

/// The most forms the widget matches from one author's file (names and other forms of
/// all its entries together): what keeps merging them with the built-in index short.
pub const SAFE_FORMS: usize = 2000;

/// The problem of a list over [`SAFE_LIST`] (a literal: the wasm carries no formatting;
/// a test keeps the number in step).
pub const SAFE_LIST_REASON: &str = "must be a list of at most 50 texts";

/// The problem of a file over [`SAFE_FORMS`], likewise.
pub const SAFE_FORMS_REASON: &str =
    "has more than 2000 names and forms; the entries past them are left out";

/// The shortest form matched in text: Latin forms (matched as whole words) and others.
pub const MIN_FORM: (usize, usize) = (3, 2);

/// A field of an entry by name.
pub fn by_name(name: &str) -> Option<&'static Field> {
    FIELDS.iter().find(|f| f.name == name)
}

/// The names of the entry's fields, for "unknown field" problems.
pub fn names() -> String {
    FIELDS.iter().map(|f| f.name).collect::<Vec<_>>().join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_safety_messages_name_their_limits() {
        assert!(SAFE_LIST_REASON.contains(&SAFE_LIST.to_string()));
        assert!(SAFE_FORMS_REASON.contains(&SAFE_FORMS.to_string()));
    }
}
