//! The content of `widgets/`, compiled in by `build.rs`: plain statics, no parser.

use crate::attrs::Lang;

/// A text in both languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Bi {
    /// Japanese.
    pub ja: &'static str,
    /// English.
    pub en: &'static str,
}

impl Bi {
    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Ja => self.ja,
            Lang::En => self.en,
        }
    }
}

/// A cited document (`widgets/sources.toml`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Source {
    /// Stable id (`seed-004`).
    pub id: &'static str,
    /// True for the project's seed documents, false for other public texts.
    pub seed: bool,
    /// Title.
    pub title: Bi,
    /// Publisher or author.
    pub publisher: Bi,
    /// Publication date, as free text.
    pub date: &'static str,
    /// A public address, or empty.
    pub url: &'static str,
}

/// A glossary entry (`widgets/glossary/terms.toml`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Term {
    /// Stable id used by `<glossary-term term="…">`.
    pub id: &'static str,
    /// Japanese term.
    pub ja: &'static str,
    /// Reading in kana.
    pub reading: &'static str,
    /// English term.
    pub en: &'static str,
    /// One-line definition.
    pub definition: Bi,
    /// Short explanation.
    pub explanation: Bi,
    /// Positions in [`TERMS`] of related entries.
    pub related: &'static [u16],
    /// Position in [`SOURCES`] of the source.
    pub source: u16,
}

impl Term {
    /// The term in `lang`.
    pub fn name(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Ja => self.ja,
            Lang::En => self.en,
        }
    }
}

/// A surface form recognised in running text by the glossary scope.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MatchForm {
    /// The form; lower-case when `latin`.
    pub text: &'static str,
    /// Latin forms match case-insensitively and only as whole words.
    pub latin: bool,
    /// Position in [`TERMS`].
    pub term: u16,
}

/// A piece of rich prose: text, or a live glossary term with the words shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Seg {
    /// Plain text.
    Text(&'static str),
    /// A glossary term: position in [`TERMS`], and the words shown.
    Term(u16, &'static str),
}

include!(concat!(env!("OUT_DIR"), "/content.rs"));

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_reference_points_inside_the_tables() {
        assert!(TERMS.len() >= 2);
        for t in TERMS {
            assert!(usize::from(t.source) < SOURCES.len(), "{}", t.id);
            for r in t.related {
                assert!(usize::from(*r) < TERMS.len(), "{}", t.id);
            }
        }
        for f in MATCH_FORMS {
            assert!(usize::from(f.term) < TERMS.len());
        }
        assert_eq!(TERM_IDS.len(), TERMS.len());
    }

    #[test]
    fn term_ids_are_sorted_for_binary_search() {
        assert!(TERM_IDS.windows(2).all(|w| w[0].0 < w[1].0));
    }
}
