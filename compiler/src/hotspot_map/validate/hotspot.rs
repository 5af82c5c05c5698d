//! Validates one `[[hotspot]]` and its card: frame and region, the stakes, parties and
//! domains, the dated timeline and the reassurance measures, each statement a checked
//! claim (its "as of" is the oldest check among them). Prose comes out as checked pieces
//! for the render stage.

use hotspot_map_projection::EAST_ASIA;

use super::super::check::Check;
use super::super::dates::parse_date;
use super::super::schema::{Event, Hotspot, Reassurance};
use super::parties::{domain_list, party_list};
use super::{CheckedEvent, CheckedHotspot, Ctx, Prose};
use crate::claims;
use crate::markup::Piece;

/// Checks one hotspot (its problems go to `c`) and returns it as typed values.
pub(crate) fn hotspot<'a>(
    ctx: &Ctx,
    h: &'a Hotspot,
    seen: &mut Seen,
    c: &mut Check,
) -> CheckedHotspot<'a> {
    c.id(&h.id, seen);
    c.plain("name", &h.name_ja, &h.name_en);
    c.in_frame("label", h.label[0], h.label[1]);
    if h.region.len() < 3 {
        c.bad("region", "a region needs at least three points");
    }
    for p in &h.region {
        c.in_frame("region", p[0], p[1]);
    }
    let region = h.region.iter().map(|p| project(p[0], p[1])).collect();
    if h.stakes.is_empty() {
        c.bad("stakes", "a card needs its stakes: at least one claim");
    }
    for s in &h.stakes {
        ctx.claim(s, &h.id, c);
    }
    // One piece of prose per claim, so that each carries its own sources' numbers.
    let stakes = h
        .stakes
        .iter()
        .map(|s| Prose {
            ja: c.prose("stakes.ja", &s.ja, true, ctx.glossary),
            en: c.prose("stakes.en", &s.en, false, ctx.glossary),
        })
        .collect();
    let party_ids: Vec<&str> = h.parties.iter().map(String::as_str).collect();
    if party_ids.len() < 2 {
        c.bad("parties", "a hotspot has at least two parties");
    }
    let parties = party_list(ctx.cards, c, "parties", &party_ids);
    let domains = domain_list(ctx.cards, c, &h.domains);
    let events = events(ctx, &h.id, &h.event, c);
    let measures = reassurance(ctx, &h.id, &h.reassurance, c);
    let as_of = claims::as_of(
        h.stakes
            .iter()
            .chain(h.event.iter())
            .chain(std::iter::once(&h.reassurance.claim())),
    );
    CheckedHotspot {
        hotspot: h,
        label: project(h.label[0], h.label[1]),
        region,
        as_of,
        stakes,
        parties,
        domains,
        events,
        measures,
    }
}

/// The ids seen so far in a list.
pub(crate) type Seen = std::collections::BTreeSet<String>;

/// `lon`, `lat` projected to view-box units.
pub(crate) fn project(lon: f64, lat: f64) -> (f64, f64) {
    let p = EAST_ASIA.project(lon, lat);
    (p.x, p.y)
}

/// The timeline: at least one event, each a checked claim with a real date, oldest
/// first, prose in both languages.
fn events<'a>(ctx: &Ctx, owner: &str, list: &'a [Event], c: &mut Check) -> Vec<CheckedEvent<'a>> {
    if list.is_empty() {
        c.bad("event", "a card needs a dated timeline");
    }
    let mut out = Vec::new();
    let mut last = None;
    for (k, e) in list.iter().enumerate() {
        let field = |f: &str| format!("event {} {f}", k + 1);
        let date = parse_date(&e.date);
        match date {
            None => c.bad(
                &field("date"),
                format!(
                    "\"{}\" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD",
                    e.date
                ),
            ),
            Some(d) => {
                if last.is_some_and(|l| l > d) {
                    c.bad(&field("date"), "events must be listed oldest first");
                }
                last = Some(d);
            }
        }
        ctx.claim(e, owner, c);
        let text = Prose {
            ja: c.prose(&field("ja"), &e.ja, true, ctx.glossary),
            en: c.prose(&field("en"), &e.en, false, ctx.glossary),
        };
        out.push(CheckedEvent {
            event: e,
            date,
            text,
        });
    }
    out
}

/// The reassurance note (both languages or neither) and the measures for the United
/// States, China and both, in that order.
fn reassurance(ctx: &Ctx, owner: &str, r: &Reassurance, c: &mut Check) -> [Vec<Prose>; 3] {
    ctx.claim(&r.claim(), owner, c);
    match (&r.note_ja, &r.note_en) {
        (Some(ja), Some(en)) => c.plain("reassurance.note", ja, en),
        (None, None) => {}
        _ => c.bad(
            "reassurance.note_en",
            "note_ja and note_en go together: write both or neither",
        ),
    }
    [
        ("us", &r.us_ja, &r.us_en),
        ("china", &r.china_ja, &r.china_en),
        ("both", &r.both_ja, &r.both_en),
    ]
    .map(|(name, ja, en)| measures(ctx, name, ja, en, c))
}

/// One list of measures: at least one, the same number in each language.
fn measures(ctx: &Ctx, name: &str, ja: &[String], en: &[String], c: &mut Check) -> Vec<Prose> {
    if ja.is_empty() || en.is_empty() {
        c.bad(
            &format!("reassurance.{name}_ja"),
            "list at least one measure in each language",
        );
    }
    if ja.len() != en.len() {
        c.bad(
            &format!("reassurance.{name}_en"),
            format!(
                "{} Japanese and {} English items: each measure needs both",
                ja.len(),
                en.len()
            ),
        );
    }
    ja.iter()
        .zip(en.iter())
        .map(|(j, e)| {
            let ja: Vec<Piece> = c.prose(&format!("reassurance.{name}_ja"), j, true, ctx.glossary);
            let en = c.prose(&format!("reassurance.{name}_en"), e, false, ctx.glossary);
            Prose { ja, en }
        })
        .collect()
}
