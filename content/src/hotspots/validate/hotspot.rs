//! Validates one `[[hotspot]]` and its card: frame and region, the "as of" date, the
//! prose, parties, domains and sources, the dated timeline and the reassurance
//! measures. Prose comes out as checked pieces for the render stage.

use hotspot_map_projection::EAST_ASIA;

use super::super::check::Check;
use super::super::dates::{parse_date, Date};
use super::super::schema::{Event, Hotspot, Reassurance};
use super::parties::{domain_list, party_list};
use super::{CheckedEvent, CheckedHotspot, Ctx, Prose};
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
    let as_of = as_of(h, c);
    let stakes = Prose {
        ja: c.prose("stakes_ja", &h.stakes_ja, true, ctx.glossary),
        en: c.prose("stakes_en", &h.stakes_en, false, ctx.glossary),
    };
    let party_ids: Vec<&str> = h.parties.iter().map(String::as_str).collect();
    if party_ids.len() < 2 {
        c.bad("parties", "a hotspot has at least two parties");
    }
    let parties = party_list(ctx.cards, c, "parties", &party_ids);
    let domains = domain_list(ctx.cards, c, &h.domains);
    let sources = c.sources("sources", &h.sources, ctx.sources);
    let events = events(ctx, &h.event, as_of, &sources, c);
    let measures = reassurance(ctx, &h.reassurance, c);
    CheckedHotspot {
        hotspot: h,
        label: project(h.label[0], h.label[1]),
        region,
        as_of,
        stakes,
        parties,
        domains,
        sources,
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

/// `as_of`: present, a year and a month.
fn as_of(h: &Hotspot, c: &mut Check) -> Option<Date> {
    match parse_date(&h.as_of) {
        Some(d) if d.month.is_some() && d.day.is_none() => Some(d),
        _ if h.as_of.trim().is_empty() => {
            c.bad(
                "as_of",
                "missing: every card needs the date it was checked up to, \"YYYY-MM\"",
            );
            None
        }
        _ => {
            c.bad("as_of", "must be a year and month, \"YYYY-MM\"");
            None
        }
    }
}

/// The timeline: at least one event, real dates oldest first and none after `as_of`,
/// prose in both languages, a source among the card's (`card_sources`, whose position
/// is the number the event cites).
fn events<'a>(
    ctx: &Ctx,
    list: &'a [Event],
    as_of: Option<Date>,
    card_sources: &[usize],
    c: &mut Check,
) -> Vec<CheckedEvent<'a>> {
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
                if as_of.is_some_and(|a| (d.year, d.month) > (a.year, a.month)) {
                    c.bad("as_of", format!("is earlier than the event of {}", e.date));
                }
                last = Some(d);
            }
        }
        let text = Prose {
            ja: c.prose(&field("text_ja"), &e.text_ja, true, ctx.glossary),
            en: c.prose(&field("text_en"), &e.text_en, false, ctx.glossary),
        };
        let cite = cite(ctx, e, &field("source"), card_sources, c);
        out.push(CheckedEvent {
            event: e,
            date,
            text,
            cite,
        });
    }
    out
}

/// The number an event cites: its source's place in the card's sources, from 1; 0 when
/// the source is unknown or not the card's.
fn cite(ctx: &Ctx, e: &Event, field: &str, card_sources: &[usize], c: &mut Check) -> usize {
    match ctx.sources.index_of(&e.source) {
        None => {
            c.bad(
                field,
                format!(
                    "unknown source id \"{}\" (see widgets/sources.toml)",
                    e.source
                ),
            );
            0
        }
        Some(s) => match card_sources.iter().position(|x| *x == s) {
            Some(n) => n + 1,
            None => {
                c.bad(
                    field,
                    format!("\"{}\" must also be in the card's `sources`", e.source),
                );
                0
            }
        },
    }
}

/// The reassurance note (both languages or neither) and the measures for the United
/// States, China and both, in that order.
fn reassurance(ctx: &Ctx, r: &Reassurance, c: &mut Check) -> [Vec<Prose>; 3] {
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
