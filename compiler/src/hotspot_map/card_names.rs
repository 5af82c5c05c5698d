//! Every party's name at a disputed feature's first mention (the naming policy of
//! `widgets/hotspot-map/README.md`), checked in every card text, in each language.
//!
//! The data comes from `hotspots.toml`, not from this file: each `[[place]]` (marked
//! on the map) and each `[[feature]]` (named in the cards, not marked) lists every
//! party's name in `names`, and may list shorter forms in `mention_ja` / `mention_en`
//! ("Senkaku", "尖閣") that also count as a mention. Where a text first mentions a
//! feature, by any of its names or mention forms, the rest of that sentence must
//! carry the primary label and every party's name in the text's language.
//!
//! This module is the rule itself; [`super::validate`] gathers the names and the texts
//! from the file and runs it.

use crate::error::Problems;

/// One disputed feature: the names required at first mention and the forms that
/// count as a mention, in one language.
#[derive(Debug, Clone, Default)]
pub(crate) struct NameGroup {
    /// The entry that defines it, for messages (`place "senkaku-islands"`).
    pub(crate) entry: String,
    /// The primary label followed by every party's name (duplicates allowed).
    pub(crate) required: Vec<String>,
    /// Further forms that count as a mention (short forms, adjectives).
    pub(crate) mentions: Vec<String>,
}

/// One text to check: where it is (entry and field) and what it says.
pub(crate) struct CardText<'a> {
    pub(crate) entry: String,
    pub(crate) field: String,
    pub(crate) text: &'a str,
}

/// `[[id|shown]]` → `shown`, so that names inside glossary links count.
pub(crate) fn strip_links(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find("[[") {
        out.push_str(&rest[..start]);
        let after = &rest[start + 2..];
        match after.find("]]") {
            Some(end) => {
                let inner = &after[..end];
                out.push_str(inner.split_once('|').map_or(inner, |(_, shown)| shown));
                rest = &after[end + 2..];
            }
            None => {
                out.push_str(&rest[start..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// The end (byte offset) of the sentence that contains `from`: the next `。` in
/// Japanese, the next `. ` (or final `.`) in English, else the end of the text.
fn sentence_end(text: &str, from: usize, ja: bool) -> usize {
    let tail = &text[from..];
    let found = if ja {
        tail.find('。')
    } else {
        tail.find(". ")
            .or_else(|| tail.strip_suffix('.').map(str::len))
    };
    found.map_or(text.len(), |i| from + i)
}

/// Checks one language: `ja` selects the sentence rule.
pub(crate) fn check(
    file: &str,
    groups: &[NameGroup],
    texts: &[CardText<'_>],
    ja: bool,
    problems: &mut Problems,
) {
    for t in texts {
        let plain = strip_links(t.text);
        for g in groups {
            let first = g
                .required
                .iter()
                .chain(g.mentions.iter())
                .filter(|f| !f.is_empty())
                .filter_map(|f| plain.find(f.as_str()))
                .min();
            let Some(first) = first else { continue };
            let window = &plain[first..sentence_end(&plain, first, ja)];
            let mut missing: Vec<&str> = Vec::new();
            for name in &g.required {
                if !window.contains(name.as_str()) && !missing.contains(&name.as_str()) {
                    missing.push(name);
                }
            }
            if !missing.is_empty() {
                problems.push(
                    file,
                    &t.entry,
                    &t.field,
                    format!(
                        "the first mention of {} must give every party's name in the same sentence; missing: {}",
                        g.entry,
                        missing
                            .iter()
                            .map(|m| format!("\"{m}\""))
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn senkaku() -> NameGroup {
        NameGroup {
            entry: "place \"senkaku-islands\"".into(),
            required: vec!["Senkaku Islands".into(), "Diaoyu Dao".into()],
            mentions: vec!["Senkakus".into()],
        }
    }

    fn run(text: &str, ja: bool) -> Problems {
        let mut p = Problems::default();
        let texts = [CardText {
            entry: "hotspot \"x\"".into(),
            field: "stakes_en".into(),
            text,
        }];
        check("f.toml", &[senkaku()], &texts, ja, &mut p);
        p
    }

    #[test]
    fn all_names_in_the_first_sentence_pass() {
        assert!(run(
            "Off the Senkaku Islands (Diaoyu Dao) today. The Senkakus again.",
            false
        )
        .is_empty());
        assert!(run("No feature is named here.", false).is_empty());
    }

    #[test]
    fn a_missing_name_is_reported_with_entry_and_field() {
        let p = run("The Senkakus are calm. Diaoyu Dao later.", false);
        assert!(p.mentions("hotspot \"x\"", "stakes_en"));
        assert!(p.to_string().contains("\"Diaoyu Dao\""));
    }

    #[test]
    fn links_are_read_as_their_shown_text() {
        assert_eq!(
            strip_links("a [[x|Senkaku Islands]] b"),
            "a Senkaku Islands b"
        );
        assert_eq!(strip_links("[[plain]] c"), "plain c");
    }

    #[test]
    fn japanese_sentences_end_at_the_full_stop() {
        let g = NameGroup {
            entry: "place".into(),
            required: vec!["尖閣諸島".into(), "釣魚島".into()],
            mentions: vec![],
        };
        let mut p = Problems::default();
        let texts = [CardText {
            entry: "e".into(),
            field: "f".into(),
            text: "尖閣諸島の沖。釣魚島。",
        }];
        check("f", &[g], &texts, true, &mut p);
        assert!(!p.is_empty());
    }
}
