//! Every party's name at a disputed feature's first mention (the naming policy of
//! `widgets/hotspot-map/README.md`), checked in every card text, in each language.
//!
//! The data comes from `hotspots.toml`, not from this file: each `[[place]]` (marked
//! on the map) and each `[[feature]]` (named in the cards, not marked) lists every
//! party's name in `names`, and may list shorter forms in `mention_ja` / `mention_en`
//! ("Senkaku", "尖閣") that also count as a mention. Where a text first mentions a
//! feature, by any of its names or mention forms, the rest of that sentence must
//! carry the primary label and every party's name in the text's language.

use serde::Deserialize;

use crate::error::Problems;
use crate::text::{is_kebab_id, looks_english, looks_japanese};

/// `[[feature]]` in `hotspots.toml`: a disputed or differently named feature (a reef,
/// a sea, a line at sea) that the cards name but the map does not mark.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Feature {
    id: String,
    name_ja: String,
    name_en: String,
    names: Vec<FeatureName>,
    #[serde(default)]
    mention_ja: Vec<String>,
    #[serde(default)]
    mention_en: Vec<String>,
}

/// One party's name for a `[[feature]]`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FeatureName {
    party: String,
    name_ja: String,
    name_en: String,
    native: String,
}

/// One disputed feature: the names required at first mention and the forms that
/// count as a mention, in one language.
#[derive(Debug, Clone, Default)]
pub struct NameGroup {
    /// The entry that defines it, for messages (`place "senkaku-islands"`).
    pub entry: String,
    /// The primary label followed by every party's name (duplicates allowed).
    pub required: Vec<String>,
    /// Further forms that count as a mention (short forms, adjectives).
    pub mentions: Vec<String>,
}

/// One text to check: where it is (entry and field) and what it says.
pub struct CardText<'a> {
    pub entry: String,
    pub field: String,
    pub text: &'a str,
}

/// `[[id|shown]]` → `shown`, so that names inside glossary links count.
pub fn strip_links(text: &str) -> String {
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
pub fn check(
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

/// The name groups of a whole `hotspots.toml` (places and features) and every card
/// text (stakes, reassurance lists, events, place notes), checked in both languages.
pub(super) fn check_cards(cards: &super::HotspotsFile, file: &str, problems: &mut Problems) {
    let (mut ja, mut en) = (Vec::new(), Vec::new());
    for p in &cards.place {
        let entry = format!("place \"{}\"", p.id);
        ja.push(group(
            &entry,
            &p.name_ja,
            p.names.iter().map(|n| &n.name_ja),
            &p.mention_ja,
        ));
        en.push(group(
            &entry,
            &p.name_en,
            p.names.iter().map(|n| &n.name_en),
            &p.mention_en,
        ));
    }
    for (i, f) in cards.feature.iter().enumerate() {
        let entry = format!("feature \"{}\"", f.id);
        if !is_kebab_id(&f.id) {
            problems.push(
                file,
                &format!("feature {}", i + 1),
                "id",
                "must be a kebab-case id",
            );
        }
        if f.names.len() < 2 {
            problems.push(
                file,
                &entry,
                "names",
                "a disputed feature has at least two parties' names",
            );
        }
        for (field, ok) in [
            ("name_ja", looks_japanese(&f.name_ja)),
            ("name_en", looks_english(&f.name_en)),
        ] {
            if !ok {
                problems.push(file, &entry, field, "missing or in the wrong language");
            }
        }
        for n in &f.names {
            if !cards.party.iter().any(|p| p.id == n.party) {
                problems.push(
                    file,
                    &entry,
                    "names",
                    format!("unknown party \"{}\"", n.party),
                );
            }
            if !looks_japanese(&n.name_ja)
                || !looks_english(&n.name_en)
                || n.native.trim().is_empty()
            {
                problems.push(
                    file,
                    &entry,
                    &format!("names.{}", n.party),
                    "needs name_ja (Japanese), name_en (English) and native",
                );
            }
        }
        ja.push(group(
            &entry,
            &f.name_ja,
            f.names.iter().map(|n| &n.name_ja),
            &f.mention_ja,
        ));
        en.push(group(
            &entry,
            &f.name_en,
            f.names.iter().map(|n| &n.name_en),
            &f.mention_en,
        ));
    }
    let (mut texts_ja, mut texts_en) = (Vec::new(), Vec::new());
    let mut add = |entry: &str, field: &str, ja_text: &'_ str, en_text: &'_ str| {
        texts_ja.push((entry.to_owned(), format!("{field}_ja"), ja_text.to_owned()));
        texts_en.push((entry.to_owned(), format!("{field}_en"), en_text.to_owned()));
    };
    for h in &cards.hotspot {
        let entry = format!("hotspot \"{}\"", h.id);
        add(&entry, "stakes", &h.stakes_ja, &h.stakes_en);
        let r = &h.reassurance;
        if let (Some(a), Some(b)) = (&r.note_ja, &r.note_en) {
            add(&entry, "reassurance.note", a, b);
        }
        for (list, a, b) in [
            ("us", &r.us_ja, &r.us_en),
            ("china", &r.china_ja, &r.china_en),
            ("both", &r.both_ja, &r.both_en),
        ] {
            for (k, (x, y)) in a.iter().zip(b.iter()).enumerate() {
                add(&entry, &format!("reassurance.{list} {}", k + 1), x, y);
            }
        }
        for (k, e) in h.event.iter().enumerate() {
            add(
                &entry,
                &format!("event {} text", k + 1),
                &e.text_ja,
                &e.text_en,
            );
        }
    }
    for p in &cards.place {
        add(
            &format!("place \"{}\"", p.id),
            "note",
            &p.note_ja,
            &p.note_en,
        );
    }
    for (lang_ja, groups, texts) in [(true, &ja, &texts_ja), (false, &en, &texts_en)] {
        let texts: Vec<CardText<'_>> = texts
            .iter()
            .map(|(entry, field, text)| CardText {
                entry: entry.clone(),
                field: field.clone(),
                text,
            })
            .collect();
        check(file, groups, &texts, lang_ja, problems);
    }
}

/// The primary label, then every party's name, then the extra mention forms.
fn group<'a>(
    entry: &str,
    primary: &str,
    names: impl Iterator<Item = &'a String>,
    mentions: &[String],
) -> NameGroup {
    let mut required = vec![primary.to_owned()];
    for n in names {
        if !required.contains(n) {
            required.push(n.clone());
        }
    }
    NameGroup {
        entry: entry.to_owned(),
        required,
        mentions: mentions.to_vec(),
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
