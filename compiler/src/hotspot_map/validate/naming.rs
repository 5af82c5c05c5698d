//! The naming policy over a whole `hotspots.toml`: each `[[place]]` and `[[feature]]`
//! gives the names required at a feature's first mention (features are checked here
//! too: they are not marked on the map, so nothing else reads them), and every card
//! text (stakes, reassurance note and lists, events, place notes) is checked against
//! them in both languages by [`super::super::card_names`].

use super::super::card_names::{check, CardText, NameGroup};
use super::super::schema::{Feature, HotspotsFile};
use crate::error::Problems;
use crate::text::{is_kebab_id, looks_english, looks_japanese};

/// One text to check, owned: entry, field, text.
type Text = (String, String, String);

/// Checks the features, then every card text in each language.
pub(crate) fn check_cards(cards: &HotspotsFile, file: &str, problems: &mut Problems) {
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
        feature(cards, f, i, (file, &entry), problems);
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
    let (texts_ja, texts_en) = texts(cards);
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

/// A `[[feature]]`: a kebab-case id, at least two parties' names, both languages,
/// known parties.
fn feature(
    cards: &HotspotsFile,
    f: &Feature,
    i: usize,
    (file, entry): (&str, &str),
    problems: &mut Problems,
) {
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
            entry,
            "names",
            "a disputed feature has at least two parties' names",
        );
    }
    for (field, ok) in [
        ("name_ja", looks_japanese(&f.name_ja)),
        ("name_en", looks_english(&f.name_en)),
    ] {
        if !ok {
            problems.push(file, entry, field, "missing or in the wrong language");
        }
    }
    for n in &f.names {
        if !cards.party.iter().any(|p| p.id == n.party) {
            problems.push(
                file,
                entry,
                "names",
                format!("unknown party \"{}\"", n.party),
            );
        }
        if !looks_japanese(&n.name_ja) || !looks_english(&n.name_en) || n.native.trim().is_empty() {
            problems.push(
                file,
                entry,
                &format!("names.{}", n.party),
                "needs name_ja (Japanese), name_en (English) and native",
            );
        }
    }
}

/// Every card text, in Japanese and in English.
fn texts(cards: &HotspotsFile) -> (Vec<Text>, Vec<Text>) {
    let (mut texts_ja, mut texts_en) = (Vec::new(), Vec::new());
    let mut add = |entry: &str, field: &str, ja_text: &'_ str, en_text: &'_ str| {
        texts_ja.push((entry.to_owned(), format!("{field}_ja"), ja_text.to_owned()));
        texts_en.push((entry.to_owned(), format!("{field}_en"), en_text.to_owned()));
    };
    for h in &cards.hotspot {
        let entry = format!("hotspot \"{}\"", h.id);
        add(
            &entry,
            "stakes",
            &crate::claims::joined(&h.stakes, "ja"),
            &crate::claims::joined(&h.stakes, "en"),
        );
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
            add(&entry, &format!("event {} text", k + 1), &e.ja, &e.en);
        }
    }
    for p in &cards.place {
        add(
            &format!("place \"{}\"", p.id),
            "note",
            &crate::claims::joined(&p.note, "ja"),
            &crate::claims::joined(&p.note, "en"),
        );
    }
    (texts_ja, texts_en)
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
