//! The map's words in one language (the hotspots' names, the labels laid over the map,
//! the credit line), with its land. The build writes them as data files
//! (`compiler/src/hotspot_map/emit.rs`, `view_files`): a page fetches the words for the one
//! language it shows, and the land once. Here they are decoded from the objects the
//! browser's `JSON.parse` made; ids, label points and areas stay in the wasm
//! ([`super::data`]).

use crate::attrs::Lang;
use crate::data::{list, request, strings, text, Done};

use super::data::MAP_FILES;

/// The map's words in one language ([`MapWords::default`]: none yet, every text empty).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MapWords {
    /// The language they are in (`None`: not loaded).
    pub lang: Option<Lang>,
    /// Each hotspot's name, in `HOTSPOTS` order.
    pub names: Vec<String>,
    /// The layers' panel, as HTML (escaped at build time): a group with a checkbox per
    /// layer (its `value` the layer's id, `data-on`/`data-off` what to announce), a status
    /// line and a place for the legends (`data-loading`/`data-unavailable`: its hints).
    pub layer_panel: String,
    /// The labels laid over the map, as HTML (escaped at build time): `data-x`/`data-y`
    /// are each label's point in per cent of the map.
    pub labels: String,
    /// The credit line the map shows.
    pub credit: String,
    /// The geometry's source and version.
    pub source: String,
    /// The land: every country and territory as SVG `<path>` elements.
    pub land: String,
}

impl MapWords {
    /// Fetches and decodes the words in `lang`, and the land from the folder of
    /// `land_lang` (it is the same in each: asking for the one fetched with the map's
    /// code fetches it once), for `done`; `Err` says why they cannot be had.
    pub fn load(lang: Lang, land_lang: Lang, done: Done<Result<MapWords, String>>) {
        let (kind, land_id, words_id) = MAP_FILES;
        request(kind, lang.tag(), words_id, move |words| {
            let obj = match words {
                Ok(obj) => obj,
                Err(why) => return done(Err(why)),
            };
            request(kind, land_lang.tag(), land_id, move |land| {
                done(land.map(|land| MapWords {
                    lang: Some(lang),
                    names: strings(&list(&obj, "names")),
                    layer_panel: text(&obj, "layer_panel"),
                    labels: text(&obj, "labels"),
                    credit: text(&obj, "credit"),
                    source: text(&obj, "source"),
                    land: text(&land, "paths"),
                }))
            });
        });
    }

    /// The name of the hotspot at position `i` in `HOTSPOTS` (empty if missing).
    pub fn name(&self, i: usize) -> &str {
        self.names.get(i).map(String::as_str).unwrap_or("")
    }
}
