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

    /// What the browser and the loader need of the generated table (issue 23: this
    /// test compared the table with itself and with a literal): every tag a valid
    /// custom-element name, each once; attribute names lower-case, each once per
    /// element, none repeating a shared one.
    #[test]
    fn tags_are_valid_custom_element_names_and_attributes_are_unique() {
        let mut tags: Vec<&str> = ELEMENTS.iter().map(|e| e.tag).collect();
        for t in &tags {
            assert!(
                t.starts_with(|c: char| c.is_ascii_lowercase())
                    && t.contains('-')
                    && t.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'),
                "{t}"
            );
            assert!(find(t).is_some_and(|e| e.tag == *t));
        }
        tags.sort_unstable();
        tags.dedup();
        assert_eq!(tags.len(), ELEMENTS.len(), "a tag twice");
        for e in ELEMENTS {
            let mut names: Vec<&str> = e
                .attributes
                .iter()
                .chain(SHARED_ATTRIBUTES)
                .copied()
                .collect();
            for a in &names {
                assert!(
                    a.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'),
                    "{a}"
                );
            }
            names.sort_unstable();
            let n = names.len();
            names.dedup();
            assert_eq!(names.len(), n, "<{}>: an attribute twice", e.tag);
        }
        assert_eq!(find("nope-nope"), None);
    }
}
