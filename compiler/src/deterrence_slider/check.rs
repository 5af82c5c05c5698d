//! The problem recorder of the slider's validate stage: the file, what it refers to
//! (glossary, sources), the claim checks, and checks of text pairs that name the entry
//! and the field.

use crate::claims::{Checker, Claim};
use crate::error::Problems;
use crate::glossary::Glossary;
use crate::markup::{self, Piece, Prose};
use crate::sources::Sources;
use crate::text::{looks_english, looks_japanese};

/// The file being checked, what it refers to, and where its problems go.
pub(crate) struct Ctx<'a> {
    /// The file, as messages name it.
    pub(crate) file: String,
    /// The glossary, for links in prose.
    pub(crate) glossary: &'a Glossary,
    /// `sources.toml`.
    pub(crate) sources: &'a Sources,
    /// Where the problems go.
    pub(crate) problems: &'a mut Problems,
    /// The claim checks (ids seen so far: each once in the file).
    pub(crate) claims: Checker,
}

impl Ctx<'_> {
    /// Records one problem.
    pub(crate) fn bad(&mut self, entry: &str, field: &str, message: impl Into<String>) {
        self.problems.push(&self.file, entry, field, message);
    }

    /// Checks a `_ja`/`_en` pair of prose (right languages, well-formed glossary
    /// links) and returns its pieces, none for a side that is malformed.
    pub(crate) fn prose(&mut self, entry: &str, field: &str, ja: &str, en: &str) -> Prose {
        let ja = self.side(entry, field, ("ja", ja, looks_japanese(ja)));
        let en = self.side(entry, field, ("en", en, looks_english(en)));
        Prose { ja, en }
    }

    /// One language of a prose pair.
    fn side(&mut self, entry: &str, field: &str, (lang, s, ok): (&str, &str, bool)) -> Vec<Piece> {
        let name = format!("{field}_{lang}");
        if !ok {
            let what = if lang == "ja" { "Japanese" } else { "English" };
            self.bad(entry, &name, format!("missing or not {what}"));
        }
        match markup::check(s, self.glossary) {
            Ok(p) => p,
            Err(e) => {
                self.bad(entry, &name, e);
                Vec::new()
            }
        }
    }

    /// Checks a `_ja`/`_en` pair of plain text (right languages, no markup).
    pub(crate) fn plain(&mut self, entry: &str, field: &str, ja: &str, en: &str) {
        if !looks_japanese(ja) {
            self.bad(entry, &format!("{field}_ja"), "missing or not Japanese");
        }
        if !looks_english(en) {
            self.bad(entry, &format!("{field}_en"), "missing or not English");
        }
        for (lang, s) in [("ja", ja), ("en", en)] {
            if s.contains("[[") {
                self.bad(
                    entry,
                    &format!("{field}_{lang}"),
                    "glossary markup is not allowed here",
                );
            }
        }
    }

    /// Checks lists of prose in each language: as many items in each, each item a
    /// prose pair.
    pub(crate) fn prose_list(
        &mut self,
        entry: &str,
        field: &str,
        ja: &[String],
        en: &[String],
    ) -> Vec<Prose> {
        if ja.len() != en.len() {
            self.bad(
                entry,
                field,
                format!(
                    "{field}_ja has {} items but {field}_en has {}",
                    ja.len(),
                    en.len()
                ),
            );
        }
        ja.iter()
            .zip(en)
            .map(|(j, e)| self.prose(entry, field, j, e))
            .collect()
    }

    /// Checks `claim`, owned by `owner` (a zone, gauge or example id, or `model`), its
    /// problems named under `entry`.
    pub(crate) fn claim(&mut self, claim: &Claim, owner: &str, entry: &str) {
        self.claims.check(
            claim,
            owner,
            self.sources,
            (&self.file, entry),
            self.problems,
        );
    }
}
