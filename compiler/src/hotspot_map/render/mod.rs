//! The render stage: checked values ([`super::validate`]) become HTML in both
//! languages, escaped here: each hotspot's card ([`card`]) and the labels laid over the
//! map ([`labels`]). Nothing is checked here.

pub(crate) mod card;
pub(crate) mod labels;

use super::map_text::full_name;
use super::schema::Place;

/// A place's full name in each language under the naming policy: the primary label,
/// then every party's name.
fn full_names(p: &Place) -> (String, String) {
    let others_ja: Vec<&str> = p.names.iter().map(|n| n.name_ja.as_str()).collect();
    let others_en: Vec<&str> = p.names.iter().map(|n| n.name_en.as_str()).collect();
    (
        full_name(&p.name_ja, &others_ja, true),
        full_name(&p.name_en, &others_en, false),
    )
}
