//! Finding glossary entries and their sources.

use crate::content::{Source, Term, SOURCES, TERMS, TERM_IDS};

/// Position in `TERMS` of the entry with this id (exact, case-sensitive; ids are kebab-case).
pub fn index_of(id: &str) -> Option<usize> {
    TERM_IDS
        .binary_search_by(|(k, _)| (*k).cmp(id))
        .ok()
        .and_then(|i| TERM_IDS.get(i))
        .map(|(_, t)| usize::from(*t))
}

/// The entry at a position in `TERMS`.
pub fn term(index: usize) -> Option<&'static Term> {
    TERMS.get(index)
}

/// The source an entry cites.
pub fn source_of(term: &Term) -> Option<&'static Source> {
    SOURCES.get(usize::from(term.source))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_id_is_found_at_its_own_position() {
        for (i, t) in TERMS.iter().enumerate() {
            assert_eq!(index_of(t.id), Some(i));
            assert!(source_of(t).is_some());
        }
    }

    #[test]
    fn unknown_and_odd_ids_are_not_found() {
        assert_eq!(index_of(""), None);
        assert_eq!(index_of("no-such-term"), None);
        assert_eq!(index_of("Reassurance"), None);
        assert_eq!(index_of("<script>alert(1)</script>"), None);
        assert!(term(usize::MAX).is_none());
    }
}
