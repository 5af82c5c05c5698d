//! The map's content, compiled in by `build.rs` from `widgets/hotspot-map/` (see
//! `explainers_content::generate_map`): the projected land as SVG paths, the labels laid
//! over the map, and the hotspots' areas and label points. The four cards, rendered and
//! escaped at build time, are data files fetched when a hotspot is selected. Static text is data, not view code: no
//! parser, no float formatting, no per-label Leptos view at run time.

use crate::content::Bi;

/// Where a hotspot's label sits (its centre): percentages of the map's width and height,
/// as numbers for the CSS custom properties `--x` and `--y` (`"15.4"`), with which the
/// CSS places it and keeps it inside the map.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct At {
    /// Distance from the left edge, in per cent of the width.
    pub x: &'static str,
    /// Distance from the top edge, in per cent of the height.
    pub y: &'static str,
}

/// A hotspot: its area on the map (its card is a data file, see [`card_html`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hotspot {
    /// Stable id, the value of the `selected` attribute.
    pub id: &'static str,
    /// Its name.
    pub name: Bi,
    /// Where its label (the button) sits.
    pub at: At,
    /// Its area: SVG path data in view-box units.
    pub region: &'static str,
}

/// The body of hotspot `id`'s card in `lang`, rendered and escaped at build time
/// (static text; glossary links are `<glossary-term>` elements): as-of date, what is
/// at stake, parties, strategic domains, the dated timeline, reassurance measures,
/// disputed features, sources. Fetched as a data file through the loader when the
/// hotspot is selected.
/// `Err` says why it cannot be had.
pub async fn card_html(lang: crate::attrs::Lang, id: &'static str) -> Result<String, String> {
    let obj = crate::data::fetch("card", lang.tag(), id).await?;
    Some(crate::data::text(&obj, "html"))
        .filter(|h| !h.is_empty())
        .ok_or_else(|| ["the card \"", id, "\" has no html"].concat())
}

include!(concat!(env!("OUT_DIR"), "/map.rs"));

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_tables_are_consistent() {
        assert_eq!(HOTSPOTS.len(), 4);
        let mut order: Vec<u8> = NAV_ORDER.to_vec();
        order.sort();
        assert_eq!(order, [0, 1, 2, 3]);
        for lang in [MAP_LABELS.ja, MAP_LABELS.en] {
            // Markers name hotspots that exist.
            for part in lang.split("data-hotspot=\"").skip(1) {
                let id = &part[..part.find('"').unwrap()];
                assert!(HOTSPOTS.iter().any(|h| h.id == id), "{id}");
            }
            assert_eq!(
                lang.matches("data-x=").count(),
                lang.matches("data-y=").count()
            );
        }
    }

    #[test]
    fn the_geometry_is_there() {
        assert_eq!(MAP_VIEW_BOX, "0 0 1000 999");
        assert!(MAP_LAND.matches("<path d=\"m").count() > 10);
        assert!(MAP_ATTRIBUTION.en.contains("Natural Earth"));
        assert!(HOTSPOTS.iter().all(|h| h.region.starts_with('M')));
        assert!(MAP_LABELS.en.contains("Sea of Japan"));
        assert!(MAP_LABELS.ja.contains("日本海"));
    }
}
