//! Validates one `[[place]]`: a disputed feature the map marks, inside its hotspot's
//! region, with every party's name and a note made of checked claims.

use super::super::check::Check;
use super::super::map_text::inside;
use super::super::schema::Place;
use super::hotspot::{project, Seen};
use super::parties::party_list;
use super::{CheckedHotspot, CheckedPlace, Ctx};

/// Checks one place (its problems go to `c`) against the checked hotspots (their ids
/// and projected regions), and returns it as typed values.
pub(crate) fn place<'a>(
    ctx: &Ctx,
    p: &'a Place,
    hotspots: &[CheckedHotspot],
    seen: &mut Seen,
    c: &mut Check,
) -> CheckedPlace<'a> {
    c.id(&p.id, seen);
    c.plain("name", &p.name_ja, &p.name_en);
    if p.note.is_empty() {
        c.bad("note", "a place needs a note: at least one claim");
    }
    for n in &p.note {
        c.plain(&format!("note \"{}\"", n.id), &n.ja, &n.en);
        ctx.claim(n, &p.id, c);
    }
    c.in_frame("lon", p.lon, p.lat);
    let at = project(p.lon, p.lat);
    let hotspot = hotspots.iter().position(|h| h.hotspot.id == p.hotspot);
    match hotspot {
        None => c.bad(
            "hotspot",
            format!("unknown hotspot \"{}\" (see [[hotspot]])", p.hotspot),
        ),
        Some(h) if hotspots.get(h).is_some_and(|r| !inside(at, &r.region)) => c.bad(
            "lon",
            format!(
                "[{}, {}] is not inside the region of hotspot \"{}\"",
                p.lon, p.lat, p.hotspot
            ),
        ),
        Some(_) => {}
    }
    let parties = names(ctx, p, c);
    CheckedPlace {
        place: p,
        at,
        hotspot,
        parties,
    }
}

/// Every party's name: at least two, parties known and in the neutral order, each
/// name in both languages and as the party writes it. Returns the parties' positions.
fn names(ctx: &Ctx, p: &Place, c: &mut Check) -> Vec<usize> {
    if p.names.len() < 2 {
        c.bad(
            "names",
            "a disputed feature lists every party's name: at least two",
        );
    }
    let party_ids: Vec<&str> = p.names.iter().map(|n| n.party.as_str()).collect();
    let parties = party_list(ctx.cards, c, "names", &party_ids);
    for n in p.names.iter().take(parties.len()) {
        c.plain(&format!("names.{}.name", n.party), &n.name_ja, &n.name_en);
        if n.native.trim().is_empty() {
            c.bad(
                &format!("names.{}.native", n.party),
                "write the name as the party writes it",
            );
        }
    }
    parties
}
