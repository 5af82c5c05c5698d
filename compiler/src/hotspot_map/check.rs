//! The problem recorder of the validate stage: every check names the file, the entry
//! and the field, and checking goes on after a problem so that an editor sees them all.

use std::collections::BTreeSet;

use hotspot_map_projection::EAST_ASIA;

use crate::error::Problems;
use crate::glossary::Glossary;
use crate::markup::{self, Piece};
use crate::text::{is_kebab_id, looks_english, looks_japanese};

/// Records problems of one entry of one file.
pub(crate) struct Check<'a> {
    /// Where the problems go.
    pub(crate) problems: &'a mut Problems,
    /// The file, as messages name it.
    pub(crate) file: &'a str,
    /// The entry, as messages name it (see [`entry_name`]).
    pub(crate) entry: String,
}

impl<'a> Check<'a> {
    /// A recorder for `entry` of `file`.
    pub(crate) fn new(problems: &'a mut Problems, file: &'a str, entry: impl Into<String>) -> Self {
        Check {
            problems,
            file,
            entry: entry.into(),
        }
    }

    /// Records one problem of `field`.
    pub(crate) fn bad(&mut self, field: &str, message: impl Into<String>) {
        self.problems.push(self.file, &self.entry, field, message);
    }

    /// `value` must be Japanese.
    pub(crate) fn ja(&mut self, field: &str, value: &str) {
        if !looks_japanese(value) {
            self.bad(field, "missing or not Japanese");
        }
    }

    /// `value` must be English.
    pub(crate) fn en(&mut self, field: &str, value: &str) {
        if !looks_english(value) {
            self.bad(field, "missing or not English");
        }
    }

    /// A plain text (no glossary links allowed) in both languages.
    pub(crate) fn plain(&mut self, field: &str, ja: &str, en: &str) {
        self.ja(&format!("{field}_ja"), ja);
        self.en(&format!("{field}_en"), en);
        for (lang, v) in [("ja", ja), ("en", en)] {
            if v.contains("[[") || v.contains("]]") {
                self.bad(
                    &format!("{field}_{lang}"),
                    "glossary links `[[id|text]]` are not allowed in this field",
                );
            }
        }
    }

    /// Prose with glossary links; returns its checked pieces (none when it is
    /// malformed), which the render stage turns into HTML.
    pub(crate) fn prose(
        &mut self,
        field: &str,
        value: &str,
        ja: bool,
        glossary: &Glossary,
    ) -> Vec<Piece> {
        if ja {
            self.ja(field, value);
        } else {
            self.en(field, value);
        }
        match markup::check(value, glossary) {
            Ok(pieces) => pieces,
            Err(e) => {
                self.bad(field, e);
                Vec::new()
            }
        }
    }

    /// A kebab-case id, not seen before in its list.
    pub(crate) fn id(&mut self, id: &str, seen: &mut BTreeSet<String>) {
        if !is_kebab_id(id) {
            self.bad("id", "must be a kebab-case id such as `east-china-sea`");
        }
        if !seen.insert(id.to_owned()) {
            self.bad("id", "duplicate id");
        }
    }

    /// `lon`, `lat` inside the map's frame.
    pub(crate) fn in_frame(&mut self, field: &str, lon: f64, lat: f64) {
        if !EAST_ASIA.contains(lon, lat) {
            self.bad(
                field,
                format!(
                    "[{lon}, {lat}] is outside the map's frame ({}..{} °E, {}..{} °N)",
                    EAST_ASIA.west, EAST_ASIA.east, EAST_ASIA.south, EAST_ASIA.north
                ),
            );
        }
    }
}

/// How messages name an entry: by its id, or by its place when it has none.
pub(crate) fn entry_name(kind: &str, id: &str, i: usize) -> String {
    if id.is_empty() {
        format!("{kind} {}", i + 1)
    } else {
        format!("{kind} \"{id}\"")
    }
}
