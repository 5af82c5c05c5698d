//! The slider's words in one language: its zones' names and explanations, its gauges'
//! labels and help, its examples' titles and its model's texts (what is behind its
//! disclosures comes later: `disclosures.rs`). The build writes them as
//! one data file per language (`compiler/src/deterrence_slider/emit.rs`, `words_json`), so a page
//! fetches only the language it shows; here they are decoded from the object the
//! browser's `JSON.parse` made. Ids and bounds stay in the wasm (`crate::content`).

use wasm_bindgen::JsValue;

use crate::attrs::Lang;
use crate::content::{ModelText, SLIDER_WORDS};
use crate::data::{list, request, strings, text, Done};

/// A zone's words.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ZoneWords {
    /// Its name.
    pub name: String,
    /// The words `aria-valuetext` uses for positions in it.
    pub value_text: String,
    /// What seed 004 says about this mix, as HTML (escaped at build time; glossary
    /// terms are `<glossary-term>` elements).
    pub explanation: String,
}

/// A gauge's words.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OutputWords {
    /// Its label.
    pub label: String,
    /// What it measures, as HTML.
    pub help: String,
}

/// The slider's words in one language ([`Words::default`]: none yet, every text empty).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Words {
    /// The language they are in (`None`: not loaded).
    pub lang: Option<Lang>,
    /// Per zone, in `SLIDER_ZONES` order.
    pub zones: Vec<ZoneWords>,
    /// Per gauge, in `SLIDER_OUTPUTS` order.
    pub outputs: Vec<OutputWords>,
    /// Per example, its finished `<li>`, in `SLIDER_EXAMPLES` order.
    pub examples: Vec<String>,
    texts: Vec<String>,
}

impl Words {
    /// Fetches and decodes the words in `lang`, for `done`; `Err` says why they cannot
    /// be had.
    pub fn load(lang: Lang, done: Done<Result<Words, String>>) {
        let (kind, id) = SLIDER_WORDS;
        request(kind, lang.tag(), id, move |answer| {
            done(answer.map(|obj| Words::decode(lang, &obj)))
        });
    }

    /// Decodes the words file's object; a missing field reads as empty.
    pub fn decode(lang: Lang, obj: &JsValue) -> Words {
        Words {
            lang: Some(lang),
            zones: list(obj, "zones")
                .iter()
                .map(|z| ZoneWords {
                    name: text(&z, "name"),
                    value_text: text(&z, "value_text"),
                    explanation: text(&z, "explanation"),
                })
                .collect(),
            outputs: list(obj, "outputs")
                .iter()
                .map(|o| OutputWords {
                    label: text(&o, "label"),
                    help: text(&o, "help"),
                })
                .collect(),
            examples: strings(&list(obj, "examples")),
            texts: strings(&list(obj, "texts")),
        }
    }

    /// A text of the model's description (empty if missing).
    pub fn text(&self, key: ModelText) -> &str {
        self.texts.get(key.0).map(String::as_str).unwrap_or("")
    }
}
