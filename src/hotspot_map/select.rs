//! The map's pure logic: reading the `hotspot` attribute (or its older name
//! `selected`) and moving keyboard focus between the hotspots. No view code; tested
//! natively.

use super::data::{HOTSPOTS, NAV_ORDER};
use crate::runtime::elements::hotspot_map::attr;

/// The attribute that decides the selection, and its value: `hotspot` when present,
/// else its older name `selected` (which HTML minifiers may empty, being a boolean
/// attribute in HTML; see `widgets/hotspot-map/widget.toml`).
pub fn deciding<'a>(
    hotspot: Option<&'a str>,
    selected: Option<&'a str>,
) -> (&'static str, Option<&'a str>) {
    match hotspot {
        Some(h) => (attr::HOTSPOT, Some(h)),
        None => (attr::SELECTED, selected),
    }
}

/// What a `hotspot` (or `selected`) attribute asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choice {
    /// Absent: nothing selected.
    Nothing,
    /// The hotspot at this position in [`HOTSPOTS`].
    Hotspot(usize),
    /// A value that names no hotspot: nothing selected, and worth one warning.
    Unknown,
}

impl Choice {
    /// The selected hotspot, if any.
    pub fn index(self) -> Option<usize> {
        match self {
            Choice::Hotspot(i) => Some(i),
            Choice::Nothing | Choice::Unknown => None,
        }
    }
}

/// Reads `hotspot` (or `selected`): a hotspot id (surrounding spaces and ASCII case ignored), or
/// absent for nothing; anything else, the empty value included (as for every other
/// attribute of the widgets), is [`Choice::Unknown`].
pub fn parse_selected(raw: Option<&str>) -> Choice {
    let Some(raw) = raw.map(str::trim) else {
        return Choice::Nothing;
    };
    HOTSPOTS
        .iter()
        .position(|h| h.id.eq_ignore_ascii_case(raw))
        .map_or(Choice::Unknown, Choice::Hotspot)
}

/// The id of the hotspot at `index`, if there is one.
pub fn id_of(index: Option<usize>) -> Option<&'static str> {
    index.and_then(|i| HOTSPOTS.get(i)).map(|h| h.id)
}

/// Where focus goes from position `pos` of a list of `len` items on `key`:
/// `ArrowRight`/`ArrowDown` to the next, `ArrowLeft`/`ArrowUp` to the previous (both
/// wrapping around), `Home`/`End` to the first/last. `None` for other keys.
pub fn step(key: &str, pos: usize, len: usize) -> Option<usize> {
    if len == 0 {
        return None;
    }
    let pos = pos.min(len - 1);
    match key {
        "ArrowRight" | "ArrowDown" => Some((pos + 1) % len),
        "ArrowLeft" | "ArrowUp" => Some((pos + len - 1) % len),
        "Home" => Some(0),
        "End" => Some(len - 1),
        _ => None,
    }
}

/// The hotspot focus moves to from hotspot `id` on `key`, following [`NAV_ORDER`].
pub fn next_hotspot(id: &str, key: &str) -> Option<usize> {
    let pos = NAV_ORDER
        .iter()
        .position(|&i| HOTSPOTS.get(usize::from(i)).is_some_and(|h| h.id == id))?;
    let to = step(key, pos, NAV_ORDER.len())?;
    NAV_ORDER.get(to).map(|&i| usize::from(i))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index(id: &str) -> usize {
        HOTSPOTS.iter().position(|h| h.id == id).unwrap()
    }

    #[test]
    fn hotspot_wins_over_its_older_name_selected() {
        assert_eq!(
            deciding(Some("taiwan"), Some("east-china-sea")),
            ("hotspot", Some("taiwan"))
        );
        assert_eq!(deciding(None, Some("taiwan")), ("selected", Some("taiwan")));
        assert_eq!(deciding(None, None), ("selected", None));
    }

    /// Regression: `hugo --minify` turned `selected="east-china-sea"` into `selected`
    /// (a boolean attribute in HTML); `hotspot` is not one, and survives.
    #[test]
    fn a_minified_selected_is_unknown_but_hotspot_still_decides() {
        let (_, raw) = deciding(None, Some(""));
        assert_eq!(parse_selected(raw), Choice::Unknown);
        let (_, raw) = deciding(Some("east-china-sea"), Some(""));
        assert_eq!(id_of(parse_selected(raw).index()), Some("east-china-sea"));
    }

    #[test]
    fn known_ids_are_selected() {
        for (i, h) in HOTSPOTS.iter().enumerate() {
            assert_eq!(parse_selected(Some(h.id)), Choice::Hotspot(i));
        }
        assert_eq!(
            parse_selected(Some(" Taiwan ")),
            Choice::Hotspot(index("taiwan"))
        );
        assert_eq!(
            parse_selected(Some("EAST-CHINA-SEA")),
            Choice::Hotspot(index("east-china-sea"))
        );
    }

    #[test]
    fn absence_selects_nothing_quietly() {
        assert_eq!(parse_selected(None), Choice::Nothing);
        assert_eq!(Choice::Nothing.index(), None);
    }

    #[test]
    fn unknown_values_select_nothing_and_are_reported() {
        for bad in [
            "",
            "   ",
            "nope",
            "taiwan-strait",
            "korea",
            "<script>",
            "0",
            "senkaku-islands",
        ] {
            assert_eq!(parse_selected(Some(bad)), Choice::Unknown, "{bad}");
        }
        assert_eq!(Choice::Unknown.index(), None);
    }

    #[test]
    fn ids_round_trip() {
        assert_eq!(id_of(Some(index("taiwan"))), Some("taiwan"));
        assert_eq!(id_of(None), None);
        assert_eq!(id_of(Some(99)), None);
    }

    #[test]
    fn keys_step_and_wrap() {
        assert_eq!(step("ArrowRight", 0, 4), Some(1));
        assert_eq!(step("ArrowDown", 3, 4), Some(0));
        assert_eq!(step("ArrowLeft", 0, 4), Some(3));
        assert_eq!(step("ArrowUp", 2, 4), Some(1));
        assert_eq!(step("Home", 2, 4), Some(0));
        assert_eq!(step("End", 0, 4), Some(3));
        assert_eq!(step("Enter", 0, 4), None);
        assert_eq!(step("a", 0, 4), None);
        assert_eq!(step("ArrowRight", 0, 0), None);
        assert_eq!(step("ArrowRight", 9, 4), Some(0));
    }

    #[test]
    fn focus_order_runs_north_to_south() {
        let ids: Vec<&str> = NAV_ORDER
            .iter()
            .map(|&i| HOTSPOTS[usize::from(i)].id)
            .collect();
        assert_eq!(
            ids,
            [
                "korean-peninsula",
                "east-china-sea",
                "taiwan",
                "south-china-sea"
            ]
        );
        let mut sorted: Vec<u8> = NAV_ORDER.to_vec();
        sorted.sort();
        assert_eq!(sorted, [0, 1, 2, 3]);
    }

    #[test]
    fn arrows_move_between_hotspots() {
        assert_eq!(
            next_hotspot("korean-peninsula", "ArrowRight"),
            Some(index("east-china-sea"))
        );
        assert_eq!(
            next_hotspot("korean-peninsula", "ArrowUp"),
            Some(index("south-china-sea"))
        );
        assert_eq!(
            next_hotspot("taiwan", "ArrowDown"),
            Some(index("south-china-sea"))
        );
        assert_eq!(
            next_hotspot("taiwan", "End"),
            Some(index("south-china-sea"))
        );
        assert_eq!(next_hotspot("nope", "ArrowRight"), None);
        assert_eq!(next_hotspot("taiwan", "x"), None);
    }
}
