//! The elements of the public contract, generated from `widgets/*/widget.toml` (their
//! one owner) by the content compiler: a module per element with its [`Element`] and
//! the names of its attributes (`attr`), properties (`prop`), events (`event`) and
//! their details' keys (`detail`, with `fields`, which pairs each key with its value).
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

    /// The `.dispatch(…)` calls in `src/` (not in comments), each with its file and its
    /// text up to the closing parenthesis.
    fn dispatches() -> Vec<(String, String)> {
        fn walk(dir: &std::path::Path, out: &mut Vec<(String, String)>) {
            let mut entries: Vec<_> = std::fs::read_dir(dir)
                .into_iter()
                .flatten()
                .flatten()
                .map(|e| e.path())
                .collect();
            entries.sort();
            for path in entries {
                if path.is_dir() {
                    walk(&path, out);
                    continue;
                }
                // Rust files other than this one (whose test names the call).
                if path.extension().is_none_or(|x| x != "rs") || path.ends_with(file!()) {
                    continue;
                }
                let text = std::fs::read_to_string(&path).unwrap_or_default();
                for (at, _) in text.match_indices(".dispatch(") {
                    let line = text[..at].rsplit('\n').next().unwrap_or("");
                    if line.trim_start().starts_with("//") {
                        continue;
                    }
                    let mut depth = 0;
                    let call: String = text[at..]
                        .chars()
                        .take_while(|c| {
                            depth += match c {
                                '(' => 1,
                                ')' => -1,
                                _ => 0,
                            };
                            !(*c == ')' && depth == 0)
                        })
                        .collect();
                    out.push((path.display().to_string(), call));
                }
            }
        }
        let mut out = Vec::new();
        walk(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
            &mut out,
        );
        out
    }

    /// Issue 23: the event detail field names were string literals beside the contract
    /// in widget.toml. Every dispatch passes its detail through the generated
    /// `detail::<event>::fields`, which pairs each declared key with a value (no key
    /// missing, none added, none misspelt).
    #[test]
    fn every_dispatch_takes_its_detail_keys_from_the_contract() {
        let calls = dispatches();
        assert!(calls.len() >= 4, "{calls:?}");
        for (file, call) in &calls {
            assert!(
                call.contains("detail::") && call.contains("::fields("),
                "{file}: {call}: use the generated detail::<event>::fields"
            );
        }
    }
}
