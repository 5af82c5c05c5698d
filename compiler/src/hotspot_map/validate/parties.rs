//! Validates the lists the cards refer to: `[[party]]` and `[[domain]]`, and any list of
//! party ids (a hotspot's parties, a place's names).

use std::collections::BTreeSet;

use super::super::check::{entry_name, Check};
use super::super::schema::HotspotsFile;
use super::Ctx;
use crate::error::Problems;

/// `[[party]]`: unique ids, both names, alphabetical by English name (the neutral
/// order).
pub(crate) fn parties(cards: &HotspotsFile, file: &str, problems: &mut Problems) {
    let mut seen = BTreeSet::new();
    for (i, p) in cards.party.iter().enumerate() {
        let mut c = Check::new(problems, file, entry_name("party", &p.id, i));
        c.id(&p.id, &mut seen);
        c.plain("name", &p.name_ja, &p.name_en);
        if i > 0
            && cards
                .party
                .get(i - 1)
                .is_some_and(|prev| prev.name_en > p.name_en)
        {
            c.bad(
                "name_en",
                "parties must be listed alphabetically by English name (the neutral order)",
            );
        }
    }
}

/// `[[domain]]`: unique ids, both names and descriptions, a known source.
pub(crate) fn domains(ctx: &Ctx, problems: &mut Problems) {
    let mut seen = BTreeSet::new();
    for (i, d) in ctx.cards.domain.iter().enumerate() {
        let mut c = Check::new(problems, ctx.file, entry_name("domain", &d.id, i));
        c.id(&d.id, &mut seen);
        c.plain("name", &d.name_ja, &d.name_en);
        c.plain("description", &d.description.ja, &d.description.en);
        ctx.claim(&d.description, &d.id, &mut c);
    }
}

/// A list of party ids: known, no repeats, in the neutral order. Returns the positions
/// of the known ones in `[[party]]`.
pub(crate) fn party_list(
    cards: &HotspotsFile,
    c: &mut Check,
    field: &str,
    ids: &[&str],
) -> Vec<usize> {
    let mut idx: Vec<usize> = Vec::new();
    for id in ids {
        match cards.party.iter().position(|p| p.id == *id) {
            None => c.bad(
                field,
                format!("unknown party \"{id}\" (see the [[party]] list)"),
            ),
            Some(i) if idx.contains(&i) => c.bad(field, format!("\"{id}\" listed twice")),
            Some(i) => idx.push(i),
        }
    }
    let name = |i: usize| cards.party.get(i).map(|p| p.name_en.as_str());
    if idx
        .windows(2)
        .any(|w| matches!(w, [a, b] if name(*a) > name(*b)))
    {
        c.bad(
            field,
            "parties must be in the neutral order (alphabetical by English name)",
        );
    }
    idx
}

/// A hotspot's domains: at least one, each known and listed once. Returns their
/// positions in `[[domain]]`.
pub(crate) fn domain_list(cards: &HotspotsFile, c: &mut Check, ids: &[String]) -> Vec<usize> {
    if ids.is_empty() {
        c.bad("domains", "name at least one strategic domain");
    }
    let mut found = Vec::new();
    for d in ids {
        match cards.domain.iter().position(|x| &x.id == d) {
            None => c.bad(
                "domains",
                format!("unknown domain \"{d}\" (see the [[domain]] list)"),
            ),
            Some(j) if found.contains(&j) => c.bad("domains", format!("\"{d}\" listed twice")),
            Some(j) => found.push(j),
        }
    }
    found
}
