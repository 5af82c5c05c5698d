//! Each hotspot's card as HTML in both languages: the date its claims were checked up
//! to, the sea's other names, what is at stake, parties, domains, the timeline, the
//! reassurance measures, the disputed features and the numbered notes: every source the
//! card's claims cite, with its date, a link and the locators, numbered in order of first
//! citation; each statement carries the numbers of its own sources.

use super::super::dates::{as_of_label, date_label};
use super::super::map_card::{escape, Html};
use super::super::map_text::join_names;
use super::super::validate::{CheckedHotspot, CheckedMap, CheckedPlace};
use super::super::Card;
use super::full_names;
use crate::claims::{self, Claim};
use crate::glossary::Glossary;
use crate::source_notes::{source_html, Notes};
use crate::sources::Sources;
use crate::ui_text::UiText;

/// What rendering reads besides the checked map.
#[derive(Clone, Copy)]
pub(crate) struct Refs<'a> {
    /// `sources.toml`.
    pub(crate) sources: &'a Sources,
    /// The glossary (prose links become `<glossary-term>`).
    pub(crate) glossary: &'a Glossary,
    /// The map's interface words (`widgets/hotspot-map/text.toml`): the headings.
    pub(crate) text: &'a UiText,
}

/// Every hotspot's card, in hotspot order.
/// `buttons`: per hotspot id, the buttons that turn on the layers that name it (shown
/// before the card's sources).
pub(crate) fn cards(m: &CheckedMap, refs: Refs, buttons: &[(String, Html)]) -> Vec<Card> {
    m.hotspots
        .iter()
        .enumerate()
        .map(|(i, h)| {
            let places: Vec<&CheckedPlace> =
                m.places.iter().filter(|p| p.hotspot == Some(i)).collect();
            // The card's claims in the order it shows them: its notes are numbered so.
            let measures = h.hotspot.reassurance.claim();
            let notes = Notes::of(
                h.hotspot
                    .stakes
                    .iter()
                    .chain(domains(m, h).map(|d| &d.description))
                    .chain(h.events.iter().map(|e| e.event))
                    .chain(std::iter::once(&measures))
                    .chain(places.iter().flat_map(|p| p.place.note.iter())),
            );
            let as_of = places
                .iter()
                .filter_map(|p| claims::as_of(&p.place.note))
                .chain(h.as_of)
                .min();
            let mut body = body(m, h, as_of, (refs, &notes));
            let mut list = Html::default();
            for p in places {
                place_item(m, p, (refs, &notes), &mut list);
            }
            if !list.is_empty() {
                body.heading(refs.text.get("card_places"));
                body.wrap("ul", "hm-places", &list);
            }
            if let Some((_, b)) = buttons.iter().find(|(id, _)| *id == h.hotspot.id) {
                body.push(&b.ja, &b.en);
            }
            let tail = notes_html(&notes, refs);
            body.push(&tail.ja, &tail.en);
            Card {
                id: h.hotspot.id.clone(),
                ja: body.ja,
                en: body.en,
            }
        })
        .collect()
}

/// The hotspot's domains, in its order.
fn domains<'a>(
    m: &'a CheckedMap,
    c: &'a CheckedHotspot,
) -> impl Iterator<Item = &'a super::super::schema::Domain> + 'a {
    c.domains.iter().filter_map(|&d| m.cards.domain.get(d))
}

/// The marker after a statement: the numbers of the notes `list` cites (`[1, 3]`), with
/// the word for "source" for screen readers.
pub(crate) fn marker<'c>(
    notes: &Notes,
    list: impl IntoIterator<Item = &'c Claim>,
    refs: Refs,
) -> (String, String) {
    let list = notes
        .numbers(list)
        .iter()
        .map(usize::to_string)
        .collect::<Vec<_>>()
        .join(", ");
    let no = refs.text.get("card_source_no");
    let one = |word: &str| {
        format!(
            " <span class=\"hm-cite\"><span class=\"ex-visually-hidden\">{} </span>[{list}]</span>",
            escape(word)
        )
    };
    (one(no.0), one(no.1))
}

/// The numbered list of notes: each source with its date, a link and the locators.
pub(crate) fn notes_html(notes: &Notes, refs: Refs) -> Html {
    let mut items = Html::default();
    for (id, locs) in notes.list() {
        if let Some(s) = refs.sources.get(id) {
            items.push(
                &format!("<li>{}</li>", source_html(s, locs, "ja")),
                &format!("<li>{}</li>", source_html(s, locs, "en")),
            );
        }
    }
    let mut tail = Html::default();
    tail.heading(refs.text.get("card_sources"));
    tail.wrap("ol", "hm-sources", &items);
    tail
}

/// The card up to its disputed features; `as_of` is the oldest check of its claims.
fn body(
    m: &CheckedMap,
    c: &CheckedHotspot,
    as_of: Option<super::super::dates::Date>,
    (refs, notes): (Refs, &Notes),
) -> Html {
    let h = c.hotspot;
    let mut body = Html::default();
    let (as_of_ja, as_of_en) = as_of.map(as_of_label).unwrap_or_default();
    let datetime = as_of
        .map(|d| {
            format!(
                "{:04}-{:02}-{:02}",
                d.year,
                d.month.unwrap_or(1),
                d.day.unwrap_or(1)
            )
        })
        .unwrap_or_default();
    body.both(&format!(
        "<p class=\"hm-asof\" data-testid=\"card-checked\"><time datetime=\"{datetime}\">"
    ));
    body.text((&as_of_ja, &as_of_en));
    body.both("</time></p>");
    also_called(m, &h.id, refs.text, &mut body);

    body.heading(refs.text.get("card_stakes"));
    // Each statement followed by the numbers of its own sources.
    let (mut stakes_ja, mut stakes_en) = (String::new(), String::new());
    for (claim, prose) in h.stakes.iter().zip(&c.stakes) {
        let (ja, en) = prose.html(refs.glossary);
        let (mark_ja, mark_en) = marker(notes, std::iter::once(claim), refs);
        if !stakes_en.is_empty() {
            stakes_en.push(' ');
        }
        stakes_ja.push_str(&ja);
        stakes_ja.push_str(mark_ja.trim_start());
        stakes_en.push_str(&en);
        stakes_en.push_str(&mark_en);
    }
    body.push(
        &format!("<p>{stakes_ja}</p>"),
        &format!("<p>{stakes_en}</p>"),
    );

    body.heading(refs.text.get("card_parties"));
    let mut items = Html::default();
    for p in c.parties.iter().filter_map(|&p| m.cards.party.get(p)) {
        items.both("<li>");
        items.text((&p.name_ja, &p.name_en));
        items.both("</li>");
    }
    body.wrap("ul", "hm-chips", &items);

    body.heading(refs.text.get("card_domains"));
    let mut items = Html::default();
    for d in domains(m, c) {
        items.both(&format!("<li data-id=\"{}\"><strong>", escape(&d.id)));
        items.text((&d.name_ja, &d.name_en));
        items.both("</strong> ");
        items.text((&d.description.ja, &d.description.en));
        let (mark_ja, mark_en) = marker(notes, std::iter::once(&d.description), refs);
        items.push(&mark_ja, &mark_en);
        items.both("</li>");
    }
    body.wrap("ul", "hm-domains", &items);

    body.heading(refs.text.get("card_timeline"));
    body.wrap("ol", "hm-timeline", &timeline(c, (refs, notes)));
    measures(c, (refs, notes), &mut body);
    body
}

/// Other names of the sea the hotspot covers, with their users.
fn also_called(m: &CheckedMap, id: &str, text: &UiText, body: &mut Html) {
    let (also_ja, also_en): (Vec<String>, Vec<String>) = m
        .geometry
        .sea
        .iter()
        .filter(|s| s.hotspot.as_deref() == Some(id))
        .flat_map(|s| s.also_ja.iter().cloned().zip(s.also_en.iter().cloned()))
        .unzip();
    if !also_ja.is_empty() {
        let also = text.get("card_also");
        body.both("<p class=\"hm-also\">");
        body.text((
            &format!("{}:{}", also.0, join_names(&also_ja, true)),
            &format!("{}: {}", also.1, join_names(&also_en, false)),
        ));
        body.both("</p>");
    }
}

/// The timeline's items: date, what happened, the numbers of its sources.
fn timeline(c: &CheckedHotspot, (refs, notes): (Refs, &Notes)) -> Html {
    let mut items = Html::default();
    for e in &c.events {
        let (text_ja, text_en) = e.text.html(refs.glossary);
        let (when_ja, when_en) = e.date.map(date_label).unwrap_or_default();
        let (mark_ja, mark_en) = marker(notes, std::iter::once(e.event), refs);
        let item = |when: &str, text: &str, mark: &str| {
            format!(
                "<li><time datetime=\"{}\">{}</time> {text}{mark}</li>",
                escape(&e.event.date),
                escape(when),
            )
        };
        items.push(
            &item(&when_ja, &text_ja, &mark_ja),
            &item(&when_en, &text_en, &mark_en),
        );
    }
    items
}

/// The reassurance measures: the note, then the lists for each side and both.
fn measures(c: &CheckedHotspot, (refs, notes): (Refs, &Notes), body: &mut Html) {
    body.heading(refs.text.get("card_measures"));
    let r = &c.hotspot.reassurance;
    let (mark_ja, mark_en) = marker(notes, std::iter::once(&r.claim()), refs);
    body.both("<p class=\"hm-note\">");
    if let (Some(ja), Some(en)) = (&r.note_ja, &r.note_en) {
        body.text((ja, en));
        body.push(&mark_ja, &mark_en);
    } else {
        body.push(mark_ja.trim_start(), mark_en.trim_start());
    }
    body.both("</p>");
    let who = ["card_who_us", "card_who_china", "card_who_both"].map(|k| refs.text.get(k));
    for (who, list) in who.into_iter().zip(&c.measures) {
        let mut items = Html::default();
        for m in list {
            let (ja, en) = m.html(refs.glossary);
            items.push(&format!("<li>{ja}</li>"), &format!("<li>{en}</li>"));
        }
        let mut group = Html::default();
        group.both("<p class=\"hm-h2\">");
        group.text(who);
        group.both("</p>");
        group.wrap("ul", "", &items);
        body.wrap("div", "hm-who", &group);
    }
}

/// A disputed feature in its hotspot's card: full name, note, every party's name.
fn place_item(
    m: &CheckedMap,
    checked: &CheckedPlace,
    (refs, notes): (Refs, &Notes),
    list: &mut Html,
) {
    let p = checked.place;
    let mut names = Html::default();
    for (n, party) in p.names.iter().zip(checked.parties.iter()) {
        let Some(party) = m.cards.party.get(*party) else {
            continue;
        };
        let item = |party: &str, name: &str, ja: bool| {
            let native = match (n.native == name, ja) {
                (true, _) => String::new(),
                (false, true) => format!("({})", escape(&n.native)),
                (false, false) => format!(" ({})", escape(&n.native)),
            };
            let sep = if ja { ":" } else { ": " };
            format!("<li>{}{sep}{}{native}</li>", escape(party), escape(name))
        };
        names.push(
            &item(&party.name_ja, &n.name_ja, true),
            &item(&party.name_en, &n.name_en, false),
        );
    }
    let (full_ja, full_en) = full_names(p);
    list.both(&format!("<li data-id=\"{}\"><strong>", escape(&p.id)));
    list.text((&full_ja, &full_en));
    list.both("</strong><span class=\"hm-place-note\">");
    for (k, claim) in p.note.iter().enumerate() {
        if k > 0 {
            list.push("", " ");
        }
        list.text((&claim.ja, &claim.en));
        let (mark_ja, mark_en) = marker(notes, std::iter::once(claim), refs);
        list.push(mark_ja.trim_start(), &mark_en);
    }
    list.both("</span>");
    list.wrap("ul", "hm-names", &names);
    list.both("</li>");
}
