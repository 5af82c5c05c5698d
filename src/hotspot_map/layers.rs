//! The map's layers, as pure logic: reading the `layers` attribute (ids separated by
//! spaces) into the set of layers drawn, writing a set back, and turning one on or off.
//! The set is a bit mask over [`LAYERS`] (at most 32 layers, checked by a test). No view
//! code; tested natively.

use super::data::LAYERS;

/// The layers drawn: bit `i` is [`LAYERS`]`[i]`.
pub type LayerSet = u32;

/// What a `layers` attribute asks for: the set of known layers, and the tokens that name
/// no layer (worth one warning; the known ones are still drawn).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Parsed {
    /// The known layers named.
    pub set: LayerSet,
    /// The tokens that name no layer, in order, each once.
    pub unknown: Vec<String>,
}

/// Reads `layers`: ids separated by ASCII white space, in any order and case; absent or
/// empty is none.
pub fn parse_layers(raw: Option<&str>) -> Parsed {
    let mut out = Parsed::default();
    for token in raw.unwrap_or("").split_ascii_whitespace() {
        match LAYERS.iter().position(|id| id.eq_ignore_ascii_case(token)) {
            Some(i) if i < 32 => out.set |= 1 << i,
            _ => {
                if !out.unknown.iter().any(|u| u == token) {
                    out.unknown.push(token.to_owned());
                }
            }
        }
    }
    out
}

/// The layers a `layers` value names (the unknown tokens left out): [`parse_layers`]'s
/// set, without collecting the unknown tokens.
pub fn layer_set(raw: Option<&str>) -> LayerSet {
    let mut set = 0;
    for token in raw.unwrap_or("").split_ascii_whitespace() {
        if let Some(i) = LAYERS.iter().position(|id| id.eq_ignore_ascii_case(token)) {
            set = with_layer(set, i, true);
        }
    }
    set
}

/// The set as the attribute writes it: ids in [`LAYERS`] order, separated by one space
/// (`""` for none).
pub fn layers_value(set: LayerSet) -> String {
    let mut out = String::new();
    for (i, id) in LAYERS.iter().enumerate() {
        if is_on(set, i) {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(id);
        }
    }
    out
}

/// True when layer `i` is in `set`.
pub fn is_on(set: LayerSet, i: usize) -> bool {
    i < 32 && set & (1 << i) != 0
}

/// `set` with layer `i` turned `on` or off.
pub fn with_layer(set: LayerSet, i: usize, on: bool) -> LayerSet {
    if i >= LAYERS.len().min(32) {
        return set;
    }
    if on {
        set | (1 << i)
    } else {
        set & !(1 << i)
    }
}

/// The position of layer `id` in [`LAYERS`].
pub fn layer_index(id: &str) -> Option<usize> {
    LAYERS.iter().position(|l| *l == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn there_are_layers_and_a_mask_holds_them_all() {
        assert!(!LAYERS.is_empty());
        assert!(LAYERS.len() <= 32);
    }

    #[test]
    fn the_attribute_reads_ids_in_any_order_and_case() {
        assert_eq!(layer_set(Some(&format!("x {} y", LAYERS[0]))), 1);
        let first = LAYERS[0];
        let all = LAYERS.join("  ").to_uppercase();
        let every = (1u32 << LAYERS.len()) - 1;
        assert_eq!(parse_layers(Some(&all)).set, every);
        assert_eq!(parse_layers(None), Parsed::default());
        assert_eq!(parse_layers(Some("   ")), Parsed::default());
        let p = parse_layers(Some(&format!("nope {first} nope __proto__")));
        assert_eq!(p.set, 1);
        assert_eq!(p.unknown, vec!["nope".to_owned(), "__proto__".to_owned()]);
    }

    #[test]
    fn a_set_is_written_in_layer_order_and_read_back() {
        let every = (1u32 << LAYERS.len()) - 1;
        assert_eq!(layers_value(0), "");
        assert_eq!(layers_value(every), LAYERS.join(" "));
        for set in 0..=every {
            assert_eq!(parse_layers(Some(&layers_value(set))).set, set);
        }
    }

    #[test]
    fn turning_a_layer_on_and_off() {
        let last = LAYERS.len() - 1;
        let on = with_layer(0, last, true);
        assert!(is_on(on, last));
        assert_eq!(with_layer(on, last, false), 0);
        assert_eq!(with_layer(0, LAYERS.len(), true), 0, "no such layer");
        assert_eq!(layer_index(LAYERS[last]), Some(last));
        assert_eq!(layer_index("nope"), None);
    }
}
