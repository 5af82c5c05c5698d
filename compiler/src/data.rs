//! The data files the widgets fetch at run time (the wasm carries no content and no
//! parser): each glossary entry as one small JSON file per language, the index
//! `<glossary-scope>` matches text with, each hotspot card's body per language, the
//! slider's words per language, and the map's land and words per language. File names here are plain; the bundler
//! (`scripts/bundle.mjs`) adds the content hash and writes the manifest.

use std::collections::BTreeMap;
use std::path::Path;

use serde_json::{json, Value};

use crate::error::Problems;
use crate::glossary::{match_forms, Glossary};
use crate::hotspot_map::Card;
use crate::source_notes::entry_notes_html;
use crate::sources::Sources;
use crate::ui_text::UiText;

/// One data file: its path relative to the data folder, and its JSON text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataFile {
    /// Relative path with `/` separators (`glossary/ja/reassurance.json`).
    pub path: String,
    /// The file's content (compact JSON).
    pub json: String,
}

/// The two languages the content is written in, with their tags: the one owner (the
/// bundler reads them from `kinds.json`, the loader from the manifest, the teaching
/// page from its data block).
pub const LANGS: [&str; 2] = ["ja", "en"];

/// Of a text written in both languages, the one in `lang` (one of [`LANGS`]).
pub fn pick(lang: &str, ja: &str, en: &str) -> String {
    if lang == LANGS[0] { ja } else { en }.to_owned()
}

/// A kind of data file the widgets ask the loader for, one file per id and language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Kind {
    /// Its name in the widgets' requests (`src/data.rs`).
    pub name: &'static str,
    /// Its folder: files are `<folder>/<lang>/<id>.json` here, `data/<folder>/<lang>/<id>.<hash>.json` in the bundle.
    pub folder: &'static str,
    /// The manifest's table of its ids and their hashes.
    pub table: &'static str,
    /// The element that needs every file of this kind, in its language, to mount (the
    /// loader fetches them with its code); `None`: files are fetched one by one as shown.
    pub mounts_with: Option<&'static str>,
    /// The element whose widget asks for files of this kind (the bundler lists their
    /// integrity in each variant that has that element).
    pub asked_by: &'static str,
}

/// Glossary entries.
pub const TERM: Kind = Kind {
    name: "term",
    folder: "glossary",
    table: "terms",
    mounts_with: None,
    asked_by: "glossary-term",
};
/// Hotspot cards.
pub const CARD: Kind = Kind {
    name: "card",
    folder: "map",
    table: "cards",
    mounts_with: None,
    asked_by: "hotspot-map",
};
/// The slider's words (one file per language, id [`crate::deterrence_slider::WORDS_ID`]).
pub const SLIDER: Kind = Kind {
    name: "slider",
    folder: "slider",
    table: "slider",
    mounts_with: Some("deterrence-slider"),
    asked_by: "deterrence-slider",
};
/// What the slider shows behind its disclosures: the examples' bodies and the model's
/// lists (one file per language, id
/// [`crate::deterrence_slider::BODIES_ID`]), fetched when a reader first reaches for
/// one.
pub const EXAMPLES: Kind = Kind {
    name: "examples",
    folder: "slider-examples",
    table: "examples",
    mounts_with: None,
    asked_by: "deterrence-slider",
};
/// The map's land and words (one file of each per language: ids
/// [`crate::hotspot_map::emit::LAND_ID`] and [`crate::hotspot_map::emit::WORDS_ID`]).
pub const MAP: Kind = Kind {
    name: "map",
    folder: "map-view",
    table: "map",
    mounts_with: Some("hotspot-map"),
    asked_by: "hotspot-map",
};
/// The map's layers (one file per layer and language: drawing and legend), fetched when
/// a reader first turns the layer on.
pub const LAYER: Kind = Kind {
    name: "layer",
    folder: "map-layer",
    table: "layers",
    mounts_with: None,
    asked_by: "hotspot-map",
};
/// Every kind: the one owner of the data files' layout (the bundler, the loader and
/// the browser tests read it from `kinds.json` or `DATA_KINDS`).
pub const KINDS: [Kind; 6] = [TERM, CARD, SLIDER, EXAMPLES, MAP, LAYER];
/// The glossary's matching index (one file for both languages).
pub const INDEX_FILE: &str = "glossary-index.json";
/// The element whose widget asks for the index.
pub const INDEX_ASKED_BY: &str = "glossary-scope";

/// The plain path of one data file of `kind`.
pub fn path(kind: Kind, lang: &str, id: &str) -> String {
    format!("{}/{lang}/{id}.json", kind.folder)
}

/// The layout as JSON for the bundler: `{index, index_asked_by, langs, kinds: {name:
/// {folder, table, mounts_with, asked_by}}, author_max_bytes}` (`mounts_with` only where
/// there is one; `asked_by` is the bundler's, left out of the manifest;
/// `author_max_bytes`: the largest author's file a glue reads, the glossary format's
/// own limit).
pub fn kinds_json() -> String {
    let kinds: serde_json::Map<String, Value> = KINDS
        .iter()
        .map(|k| {
            (
                k.name.to_owned(),
                match k.mounts_with {
                    Some(tag) => json!({ "folder": k.folder, "table": k.table,
                        "mounts_with": tag, "asked_by": k.asked_by }),
                    None => json!({ "folder": k.folder, "table": k.table, "asked_by": k.asked_by }),
                },
            )
        })
        .collect();
    json!({
        "index": INDEX_FILE,
        "index_asked_by": INDEX_ASKED_BY,
        "langs": LANGS,
        "kinds": kinds,
        "author_max_bytes": glossary_format::fields::MAX_FILE_BYTES,
    })
    .to_string()
}

/// One entry in one language: its id, its name in that language (an author's entry
/// names its related built-in entries with it), its definition as HTML text (the word's
/// hidden description) and its card, rendered here (`glossary-card`, with the evidence:
/// its sources and the date it was checked up to) in three parts: all before the back
/// button, the back button (shown when the popover followed a related entry to it) and
/// all after it.
fn entry_json(
    (glossary, ui): (&Glossary, &UiText),
    sources: &Sources,
    i: usize,
    lang: &str,
) -> Option<Value> {
    let t = glossary.0.get(i)?;
    let pick = |ja: &str, en: &str| self::pick(lang, ja, en);
    let related: Vec<(String, String)> = t
        .related
        .iter()
        .filter_map(|r| glossary.index_of(r).and_then(|k| glossary.0.get(k)))
        .map(|r| (r.id.clone(), pick(&r.ja, &r.en)))
        .collect();
    let word = |key: &str| {
        let (ja, en) = ui.get(key);
        pick(ja, en)
    };
    let source_line = crate::ui_text::split(&word("source_line"));
    let source_line: Vec<(&str, &str)> = source_line
        .iter()
        .map(|(before, name)| (before.as_str(), name.as_str()))
        .collect();
    let (close, more, less, related_h, back) = (
        word("close"),
        word("more"),
        word("less"),
        word("related"),
        word("back"),
    );
    let words = glossary_card::Words {
        close: &close,
        more: &more,
        less: &less,
        related: &related_h,
        back: &back,
        source_line: &source_line,
    };
    let (definition, explanation) = (t.definition(lang), t.explanation(lang));
    let notes = entry_notes_html(t, sources, ui, lang);
    let card = glossary_card::Card {
        id: &t.id,
        ja: &t.ja,
        reading: &t.reading,
        en: &t.en,
        definition: &definition,
        explanation: &explanation,
        related: &related,
        source: &Default::default(),
        source_url: "",
        notes: &notes,
    };
    Some(json!({
        "id": t.id,
        "name": pick(&t.ja, &t.en),
        "desc": glossary_card::text_html(&definition),
        "card": glossary_card::card_parts(&card, &words, lang, lang == LANGS[0]),
    }))
}

/// The matching index: every id, sorted, and every form as `[text, position of its
/// id, 1 if Latin else 0]`, in the matcher's order.
fn index_json(glossary: &Glossary) -> Value {
    let mut ids: Vec<&str> = glossary.0.iter().map(|t| t.id.as_str()).collect();
    ids.sort_unstable();
    let position: BTreeMap<&str, usize> = ids.iter().enumerate().map(|(i, id)| (*id, i)).collect();
    let forms: Vec<Value> = match_forms(glossary)
        .into_iter()
        .filter_map(|(text, latin, i)| {
            let id = glossary.0.get(i)?.id.as_str();
            Some(json!([text, position.get(id)?, u8::from(latin)]))
        })
        .collect();
    json!({ "ids": ids, "forms": forms })
}

/// Every data file of the glossary.
pub fn glossary_files(glossary: (&Glossary, &UiText), sources: &Sources) -> Vec<DataFile> {
    let mut files = vec![DataFile {
        path: INDEX_FILE.into(),
        json: index_json(glossary.0).to_string(),
    }];
    for lang in LANGS {
        for (i, t) in glossary.0 .0.iter().enumerate() {
            if let Some(v) = entry_json(glossary, sources, i, lang) {
                files.push(DataFile {
                    path: path(TERM, lang, &t.id),
                    json: v.to_string(),
                });
            }
        }
    }
    files
}

/// Each hotspot card's body, per language: `{"html": …}` (escaped at build time).
pub fn card_files(cards: &[Card]) -> Vec<DataFile> {
    let mut files = Vec::new();
    for lang in LANGS {
        for c in cards {
            files.push(DataFile {
                path: path(CARD, lang, &c.id),
                json: json!({ "html": pick(lang, &c.ja, &c.en) }).to_string(),
            });
        }
    }
    files
}

/// Every data file, from the checked content: the glossary's, the slider's words and
/// disclosures' file (when there is a slider), and the cards and the map's land and words (when there is a map).
pub fn files(
    glossary: (&Glossary, &UiText),
    sources: &Sources,
    slider: Option<crate::deterrence_slider::SliderFiles>,
    map: Option<&crate::hotspot_map::MapOutput>,
) -> Vec<DataFile> {
    let mut files = glossary_files(glossary, sources);
    if let Some(slider) = slider {
        for (lang, (words, bodies)) in LANGS
            .iter()
            .zip(slider.words.into_iter().zip(slider.bodies))
        {
            files.push(DataFile {
                path: path(SLIDER, lang, crate::deterrence_slider::WORDS_ID),
                json: words,
            });
            files.push(DataFile {
                path: path(EXAMPLES, lang, crate::deterrence_slider::BODIES_ID),
                json: bodies,
            });
        }
    }
    if let Some(map) = map {
        files.extend(card_files(&map.cards));
        files.extend(map.view.iter().map(|(lang, id, json)| DataFile {
            path: path(MAP, lang, id),
            json: json.clone(),
        }));
        files.extend(map.layers.files.iter().map(|(lang, id, json)| DataFile {
            path: path(LAYER, lang, id),
            json: json.clone(),
        }));
    }
    files
}

/// Reads and checks `widgets_dir` and returns every data file, or every problem.
pub fn all_files(widgets_dir: &Path) -> Result<Vec<DataFile>, Problems> {
    crate::compile(widgets_dir).map(|c| c.files)
}

/// Writes every data file under `out_dir` (creating folders); returns how many.
pub fn write_all(widgets_dir: &Path, out_dir: &Path) -> Result<usize, String> {
    let files = all_files(widgets_dir).map_err(|p| p.to_string())?;
    for f in &files {
        let path = out_dir.join(&f.path);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        }
        std::fs::write(&path, &f.json).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    Ok(files.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn repo() -> Vec<DataFile> {
        let widgets = Path::new(env!("CARGO_MANIFEST_DIR")).join("../widgets");
        all_files(&widgets).unwrap_or_default()
    }

    fn public_ids() -> crate::public_ids::PublicIds {
        let widgets = Path::new(env!("CARGO_MANIFEST_DIR")).join("../widgets");
        crate::public_ids::read(&widgets, &mut Problems::default())
    }

    #[test]
    fn the_slider_has_a_words_file_per_language_with_words_for_every_part() {
        let files = repo();
        let ids = public_ids();
        let mut shapes = Vec::new();
        for lang in LANGS {
            let path = path(SLIDER, lang, crate::deterrence_slider::WORDS_ID);
            let f = files.iter().find(|f| f.path == path);
            let v: Value = serde_json::from_str(&f.map(|f| f.json.clone()).unwrap_or_default())
                .unwrap_or(Value::Null);
            let len = |key: &str| v[key].as_array().map(Vec::len).unwrap_or(0);
            assert_eq!(len("zones"), ids.zones.len(), "{path}");
            assert_eq!(
                len("outputs"),
                crate::deterrence_slider::OUTPUT_IDS.len(),
                "{path}"
            );
            assert!(len("examples") > 0 && len("texts") > 0, "{path}");
            for z in v["zones"].as_array().into_iter().flatten() {
                for key in ["name", "value_text", "explanation"] {
                    assert!(
                        z[key].as_str().is_some_and(|t| !t.is_empty()),
                        "{path}: {key}"
                    );
                }
            }
            shapes.push((len("examples"), len("texts")));
        }
        // The generated keys index both languages alike.
        assert!(shapes.windows(2).all(|w| w[0] == w[1]), "{shapes:?}");
    }

    #[test]
    fn the_disclosures_are_a_file_of_their_own_with_their_sources() {
        let files = repo();
        let json = |p: String| -> Value {
            let f = files.iter().find(|f| f.path == p);
            serde_json::from_str(&f.map(|f| f.json.clone()).unwrap_or_default())
                .unwrap_or(Value::Null)
        };
        for lang in LANGS {
            let words = json(path(SLIDER, lang, crate::deterrence_slider::WORDS_ID));
            let bodies = json(path(EXAMPLES, lang, crate::deterrence_slider::BODIES_ID));
            let items = words["examples"].as_array().cloned().unwrap_or_default();
            // The model's lists (its rules, behind a disclosure) are here too.
            assert!(words.get("lists").is_none(), "{lang}");
            assert!(
                bodies["lists"].as_array().is_some_and(|l| !l.is_empty()),
                "{lang}"
            );
            let bodies = bodies["html"].as_array().cloned().unwrap_or_default();
            assert!(!items.is_empty(), "{lang}");
            assert_eq!(items.len(), bodies.len(), "{lang}: a body per example");
            for (item, body) in items.iter().zip(&bodies) {
                let (item, body) = (item.as_str().unwrap_or(""), body.as_str().unwrap_or(""));
                // The list item is the title and a place for the body; the body, with
                // its sources, is only in the file fetched when an example is wanted.
                assert!(
                    item.contains("<summary>") && item.contains("aria-busy=\"true\""),
                    "{item:.120}"
                );
                assert!(!item.contains("slider-example-sources"), "{item:.120}");
                assert!(
                    body.starts_with("<p>")
                        && body.contains("data-testid=\"slider-example-sources\""),
                    "{body:.120}"
                );
            }
        }
    }

    #[test]
    fn the_map_has_its_land_and_its_words_per_language() {
        use crate::hotspot_map::emit::{LAND_ID, WORDS_ID};
        let files = repo();
        let hotspots = public_ids().hotspots;
        let json = |lang: &str, id: &str| -> Value {
            let p = path(MAP, lang, id);
            let f = files.iter().find(|f| f.path == p);
            serde_json::from_str(&f.map(|f| f.json.clone()).unwrap_or_default())
                .unwrap_or(Value::Null)
        };
        let land = json("ja", LAND_ID);
        assert_eq!(land, json("en", LAND_ID), "the land is the same in both");
        let paths = land["paths"].as_str().unwrap_or("");
        assert!(paths.matches("<path d=\"m").count() > 10, "{paths:.80}");
        for lang in LANGS {
            let w = json(lang, WORDS_ID);
            let names = w["names"].as_array().cloned().unwrap_or_default();
            assert_eq!(names.len(), hotspots.len(), "{lang}");
            assert!(names
                .iter()
                .all(|n| n.as_str().is_some_and(|n| !n.is_empty())));
            assert!(w["credit"]
                .as_str()
                .is_some_and(|c| c.contains("Natural Earth")));
            assert!(w["source"].as_str().is_some_and(|c| !c.is_empty()));
            let labels = w["labels"].as_str().unwrap_or("");
            // Every label has its point; markers name hotspots that exist.
            assert!(labels.matches("data-x=").count() > 10, "{lang}");
            assert_eq!(
                labels.matches("data-x=").count(),
                labels.matches("data-y=").count()
            );
            for part in labels.split("data-hotspot=\"").skip(1) {
                let id = part.split('"').next().unwrap_or("");
                assert!(hotspots.iter().any(|h| h == id), "{lang}: {id}");
            }
        }
        assert!(json("en", WORDS_ID)["labels"]
            .as_str()
            .is_some_and(|l| l.contains("Sea of Japan")));
        assert!(json("ja", WORDS_ID)["labels"]
            .as_str()
            .is_some_and(|l| l.contains("日本海")));
    }

    #[test]
    fn every_entry_has_a_file_per_language_and_the_index_names_them_all() {
        let files = repo();
        let index = files.iter().find(|f| f.path == "glossary-index.json");
        let index: Value = serde_json::from_str(&index.map(|f| f.json.clone()).unwrap_or_default())
            .unwrap_or(Value::Null);
        let ids = index["ids"].as_array().cloned().unwrap_or_default();
        assert!(ids.len() >= 80);
        assert!(
            ids.windows(2).all(|w| w[0].as_str() < w[1].as_str()),
            "ids sorted"
        );
        for id in &ids {
            for lang in LANGS {
                let path = format!("glossary/{lang}/{}.json", id.as_str().unwrap_or(""));
                let f = files.iter().find(|f| f.path == path);
                let v: Value = serde_json::from_str(&f.map(|f| f.json.clone()).unwrap_or_default())
                    .unwrap_or(Value::Null);
                assert_eq!(v["id"], *id, "{path}");
                assert!(v["desc"].as_str().is_some_and(|d| !d.is_empty()), "{path}");
                let card = |i: usize| v["card"][i].as_str().unwrap_or("").to_owned();
                assert!(
                    card(0).contains("data-testid=\"glossary-definition\""),
                    "{path}"
                );
                assert!(card(1).contains("data-testid=\"glossary-back\""), "{path}");
                assert!(
                    card(2).contains("gx-srcs") && card(2).contains("gx-checked"),
                    "{path}"
                );
            }
        }
    }

    /// Regression (second review): the Japanese popover showed a source's date in
    /// English ("continuously updated", "2014-05/2014-07").
    #[test]
    fn a_source_date_is_shown_in_the_entrys_language() {
        let files = repo();
        for f in files.iter().filter(|f| f.path.starts_with("glossary/ja/")) {
            let v: Value = serde_json::from_str(&f.json).unwrap_or(Value::Null);
            let notes = v["card"][2].as_str().unwrap_or("");
            for word in ["updated", "undated", "Sources:", "Checked against"] {
                assert!(!notes.contains(word), "{}: {word} in {notes}", f.path);
            }
        }
    }

    /// Each entry's own Japanese name (its name in its Japanese file) is in the index and
    /// points at it (the matcher's table: sorted by first character, longest first).
    #[test]
    fn the_index_holds_every_entry_under_its_own_names() {
        let files = repo();
        let index: Value = files
            .iter()
            .find(|f| f.path == "glossary-index.json")
            .and_then(|f| serde_json::from_str(&f.json).ok())
            .unwrap_or(Value::Null);
        let ids = index["ids"].as_array().cloned().unwrap_or_default();
        let forms = index["forms"].as_array().cloned().unwrap_or_default();
        let first = |v: &Value| {
            v[0].as_str()
                .and_then(|s| s.chars().next())
                .map(|c| c.to_ascii_lowercase())
        };
        assert!(forms.windows(2).all(|w| first(&w[0]) <= first(&w[1])));
        // (The Japanese file names the entry in Japanese.)
        for lang in &LANGS[..1] {
            for id in &ids {
                let path = format!("glossary/{lang}/{}.json", id.as_str().unwrap_or(""));
                let v: Value = files
                    .iter()
                    .find(|f| f.path == path)
                    .and_then(|f| serde_json::from_str(&f.json).ok())
                    .unwrap_or(Value::Null);
                let name = v["name"].as_str().unwrap_or("");
                let hit = forms.iter().find(|f| f[0].as_str() == Some(name));
                let pointed = hit
                    .and_then(|f| f[1].as_u64())
                    .and_then(|p| ids.get(p as usize));
                assert_eq!(pointed, Some(id), "{name}");
            }
        }
    }
}

#[cfg(test)]
mod layout_tests {
    use super::*;

    #[test]
    fn the_layout_names_each_kind_once_with_its_folder_and_table() {
        let v: Value = serde_json::from_str(&kinds_json()).expect("json");
        assert_eq!(v["index"], json!("glossary-index.json"));
        assert_eq!(v["index_asked_by"], json!("glossary-scope"));
        assert_eq!(v["langs"], json!(["ja", "en"]));
        assert_eq!(
            v["kinds"]["term"],
            json!({ "folder": "glossary", "table": "terms", "asked_by": "glossary-term" })
        );
        assert_eq!(
            v["kinds"]["card"],
            json!({ "folder": "map", "table": "cards", "asked_by": "hotspot-map" })
        );
        assert_eq!(path(CARD, "en", "taiwan"), "map/en/taiwan.json");
    }
}
