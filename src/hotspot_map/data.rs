//! The map's content that is not words, compiled in by `build.rs` from
//! `widgets/hotspot-map/` (see `explainers_compiler::generate_map`): the view box, the
//! hotspots' ids, areas and label points, and the focus order. The land, the words
//! ([`super::words`]) and the four cards are data files, rendered and escaped at build
//! time: no parser, no float formatting, no per-label Leptos view at run time.

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
    /// Stable id, the value of the `selected` attribute (its name is in the words file).
    pub id: &'static str,
    /// Where its label (the button) sits.
    pub at: At,
    /// Its area: SVG path data in view-box units.
    pub region: &'static str,
}

/// The body of hotspot `id`'s card in `lang`, rendered and escaped at build time
/// (static text; glossary links are `<glossary-term>` elements): as-of date, what is
/// at stake, parties, strategic domains, the dated timeline, reassurance measures,
/// disputed features, sources. Fetched as a data file through the loader when the
/// hotspot is selected, for `done`; `Err` says why it cannot be had.
pub fn card_html(
    lang: crate::attrs::Lang,
    id: &'static str,
    done: crate::data::Done<Result<String, String>>,
) {
    crate::data::request("card", lang.tag(), id, move |answer| {
        done(answer.and_then(|obj| {
            Some(crate::data::text(&obj, "html"))
                .filter(|h| !h.is_empty())
                .ok_or_else(|| ["the card \"", id, "\" has no html"].concat())
        }))
    });
}

include!(concat!(env!("OUT_DIR"), "/map.rs"));

#[cfg(test)]
mod tests {
    use super::*;

    /// The generated tables agree with each other (issue 23: this test compared them
    /// with literals copied from the content, a change detector): the keyboard order
    /// visits every hotspot once, and every region is one closed path.
    #[test]
    fn the_tables_are_consistent() {
        let mut order: Vec<usize> = NAV_ORDER.iter().map(|&i| usize::from(i)).collect();
        order.sort_unstable();
        assert_eq!(order, (0..HOTSPOTS.len()).collect::<Vec<_>>());
        assert!(!HOTSPOTS.is_empty());
        for h in HOTSPOTS {
            assert!(
                h.region.starts_with('M') && h.region.ends_with('Z'),
                "{}",
                h.region
            );
            assert_eq!(h.region.matches('M').count(), 1, "{}", h.region);
        }
        let view: Vec<f64> = MAP_VIEW_BOX
            .split(' ')
            .filter_map(|n| n.parse().ok())
            .collect();
        assert!(
            view.len() == 4 && view[2] > 0.0 && view[3] > 0.0,
            "{MAP_VIEW_BOX}"
        );
    }
}
