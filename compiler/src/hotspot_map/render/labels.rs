//! The labels laid over the map, as HTML in both languages: country names, sea names
//! (with their other names), and the markers of disputed features. `data-x`/`data-y`
//! are the label's point in per cent of the map.

use hotspot_map_projection::EAST_ASIA;

use super::super::map_card::{escape, Html};
use super::super::map_text::{join_names, percent};
use super::super::validate::{CheckedMap, CheckedPlace};
use super::full_names;

/// Every label, in order: countries, seas, disputed features.
pub(crate) fn labels(m: &CheckedMap) -> Html {
    let mut labels = Html::default();
    for c in &m.countries {
        if let Some([x, y]) = c.label {
            labels.both(&format!(
                "<span class=\"hm-label hm-country\" {}>",
                data_at(x, y)
            ));
            labels.text((&c.country.name_ja, &c.country.name_en));
            labels.both("</span>");
        }
    }
    for sea in &m.seas {
        labels.both(&format!(
            "<span class=\"hm-label hm-sea\" {}>",
            data_at(sea.label_xy[0], sea.label_xy[1])
        ));
        labels.text((&sea.name_ja, &sea.name_en));
        if !sea.also_ja.is_empty() {
            labels.both("<span class=\"hm-sea-also\">");
            labels.text((
                &join_names(&sea.also_ja, true),
                &join_names(&sea.also_en, false),
            ));
            labels.both("</span>");
        }
        labels.both("</span>");
    }
    for p in &m.places {
        place_marker(m, p, &mut labels);
    }
    labels
}

/// A disputed feature's marker: the primary label, every party's name as its tooltip;
/// a click selects its hotspot.
fn place_marker(m: &CheckedMap, checked: &CheckedPlace, labels: &mut Html) {
    let p = checked.place;
    let (full_ja, full_en) = full_names(p);
    let hotspot = checked
        .hotspot
        .and_then(|h| m.cards.hotspot.get(h))
        .map(|h| escape(&h.id))
        .unwrap_or_default();
    let open = |full: &str| {
        format!(
            "<span class=\"hm-place\" data-id=\"{}\" data-hotspot=\"{hotspot}\" {} title=\"{}\"><span class=\"hm-place-name\">",
            escape(&p.id),
            data_at(checked.at.0, checked.at.1),
            escape(full)
        )
    };
    labels.push(&open(&full_ja), &open(&full_en));
    labels.text((&p.name_ja, &p.name_en));
    labels.both("</span></span>");
}

/// `data-x="…" data-y="…"` of a point in view-box units (per cent of the map).
fn data_at(x: f64, y: f64) -> String {
    let [_, _, w, h] = EAST_ASIA.view_box();
    format!("data-x=\"{}\" data-y=\"{}\"", percent(x, w), percent(y, h))
}
