//! Each hotspot's card as HTML in both languages: the "as of" line, the sea's other
//! names, what is at stake, parties, domains, the timeline, the reassurance measures,
//! the disputed features and the numbered sources.

use super::super::dates::{as_of_label, date_label, source_date_label};
use super::super::map_card::{escape, Html};
use super::super::map_text::join_names;
use super::super::validate::{CheckedHotspot, CheckedMap, CheckedPlace};
use super::super::Card;
use super::full_names;
use crate::glossary::Glossary;
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
pub(crate) fn cards(m: &CheckedMap, refs: Refs) -> Vec<Card> {
    m.hotspots
        .iter()
        .enumerate()
        .map(|(i, h)| {
            let mut body = body(m, h, refs);
            let mut list = Html::default();
            for p in m.places.iter().filter(|p| p.hotspot == Some(i)) {
                place_item(m, p, &mut list);
            }
            if !list.is_empty() {
                body.heading(refs.text.get("card_places"));
                body.wrap("ul", "hm-places", &list);
            }
            let tail = sources(h, refs);
            body.push(&tail.ja, &tail.en);
            Card {
                id: h.hotspot.id.clone(),
                ja: body.ja,
                en: body.en,
            }
        })
        .collect()
}

/// The card up to its disputed features.
fn body(m: &CheckedMap, c: &CheckedHotspot, refs: Refs) -> Html {
    let h = c.hotspot;
    let mut body = Html::default();
    let (as_of_ja, as_of_en) = c.as_of.map(as_of_label).unwrap_or_default();
    body.both(&format!(
        "<p class=\"hm-asof\"><time datetime=\"{}\">",
        escape(&h.as_of)
    ));
    body.text((&as_of_ja, &as_of_en));
    body.both("</time></p>");
    also_called(m, &h.id, refs.text, &mut body);

    body.heading(refs.text.get("card_stakes"));
    let (stakes_ja, stakes_en) = c.stakes.html(refs.glossary);
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
    for d in c.domains.iter().filter_map(|&d| m.cards.domain.get(d)) {
        items.both(&format!("<li data-id=\"{}\"><strong>", escape(&d.id)));
        items.text((&d.name_ja, &d.name_en));
        items.both("</strong> ");
        items.text((&d.description_ja, &d.description_en));
        items.both("</li>");
    }
    body.wrap("ul", "hm-domains", &items);

    body.heading(refs.text.get("card_timeline"));
    body.wrap("ol", "hm-timeline", &timeline(c, refs));
    measures(c, refs, &mut body);
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

/// The timeline's items: date, what happened, the number of the source.
fn timeline(c: &CheckedHotspot, refs: Refs) -> Html {
    let mut items = Html::default();
    let no = refs.text.get("card_source_no");
    for e in &c.events {
        let (text_ja, text_en) = e.text.html(refs.glossary);
        let (when_ja, when_en) = e.date.map(date_label).unwrap_or_default();
        let item = |when: &str, text: &str, no: &str| {
            format!(
                "<li><time datetime=\"{}\">{}</time> {text} <span class=\"hm-cite\"><span class=\"ex-visually-hidden\">{no} </span>[{}]</span></li>",
                escape(&e.event.date),
                escape(when),
                e.cite
            )
        };
        items.push(
            &item(&when_ja, &text_ja, no.0),
            &item(&when_en, &text_en, no.1),
        );
    }
    items
}

/// The reassurance measures: the note, then the lists for each side and both.
fn measures(c: &CheckedHotspot, refs: Refs, body: &mut Html) {
    body.heading(refs.text.get("card_measures"));
    let r = &c.hotspot.reassurance;
    if let (Some(ja), Some(en)) = (&r.note_ja, &r.note_en) {
        body.both("<p class=\"hm-note\">");
        body.text((ja, en));
        body.both("</p>");
    }
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
fn place_item(m: &CheckedMap, checked: &CheckedPlace, list: &mut Html) {
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
    list.text((&p.note_ja, &p.note_en));
    list.both("</span>");
    list.wrap("ul", "hm-names", &names);
    list.both("</li>");
}

/// The card's sources, numbered as the timeline cites them.
fn sources(c: &CheckedHotspot, refs: Refs) -> Html {
    let mut items = Html::default();
    for s in c.sources.iter().filter_map(|&s| refs.sources.0.get(s)) {
        let (date_ja, date_en) = source_date_label(&s.date);
        let item = |title: &str, publisher: &str, date: &str, sep: &str| {
            format!(
                "<li><cite>{}</cite>{sep}{}{sep}{}</li>",
                escape(title),
                escape(publisher),
                escape(date)
            )
        };
        items.push(
            &item(&s.title_ja, &s.publisher_ja, &date_ja, "、"),
            &item(&s.title_en, &s.publisher_en, &date_en, ", "),
        );
    }
    let mut tail = Html::default();
    tail.heading(refs.text.get("card_sources"));
    tail.wrap("ol", "hm-sources", &items);
    tail
}
