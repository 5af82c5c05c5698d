//! The elements of the public contract, generated from `widgets/*/widget.toml` (their
//! one owner) by the content compiler: a module per element with its [`Element`] and
//! the names of its attributes (`attr`), properties (`prop`) and events (`event`).
//! Widgets use these names, so a name the contract does not declare does not compile.

/// A custom element: its tag and its own attributes (besides [`SHARED_ATTRIBUTES`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Element {
    /// The tag, e.g. `hotspot-map`.
    pub tag: &'static str,
    /// Its own attributes, in the order `widget.toml` declares them.
    pub attributes: &'static [&'static str],
}

include!(concat!(env!("OUT_DIR"), "/elements.rs"));

/// The element of this variant named `tag`, if there is one.
pub fn find(tag: &str) -> Option<&'static Element> {
    ELEMENTS.iter().find(|e| e.tag == tag)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_element_is_found_by_its_tag_and_names_are_kebab_case() {
        for e in ELEMENTS {
            assert_eq!(find(e.tag), Some(e));
            for a in e.attributes.iter().chain(SHARED_ATTRIBUTES) {
                assert!(
                    a.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'),
                    "{a}"
                );
            }
        }
        assert_eq!(find("nope-nope"), None);
        assert_eq!(glossary_term::attr::TERM, "term");
    }
}
