//! One glossary entry in one language, as the popover shows it: decoded from the data
//! file the build wrote for it (`data/glossary/<lang>/<id>.<hash>.json`).

use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::JsValue;

use crate::attrs::Lang;
use crate::data;

/// A glossary entry in the reader's language.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Entry {
    /// Stable id (`reassurance`).
    pub id: String,
    /// The Japanese term.
    pub ja: String,
    /// Its reading in kana.
    pub reading: String,
    /// The English term.
    pub en: String,
    /// One-line definition.
    pub definition: String,
    /// Short explanation.
    pub explanation: String,
    /// Related entries: id and name in this language.
    pub related: Vec<(String, String)>,
    /// The cited source: title, publisher, date (all empty when there is none).
    pub source: [String; 3],
}

impl Entry {
    /// Decodes an entry; `None` unless it has an id and a definition.
    pub fn from_js(obj: &JsValue) -> Option<Entry> {
        let pair = |v: JsValue| {
            let a = js_sys::Array::from(&v);
            (
                a.get(0).as_string().unwrap_or_default(),
                a.get(1).as_string().unwrap_or_default(),
            )
        };
        let source = data::list(obj, "source");
        let at = |i: u32| source.get(i).as_string().unwrap_or_default();
        let entry = Entry {
            id: data::text(obj, "id"),
            ja: data::text(obj, "ja"),
            reading: data::text(obj, "reading"),
            en: data::text(obj, "en"),
            definition: data::text(obj, "definition"),
            explanation: data::text(obj, "explanation"),
            related: data::list(obj, "related").iter().map(pair).collect(),
            source: [at(0), at(1), at(2)],
        };
        (!entry.id.is_empty() && !entry.definition.is_empty()).then_some(entry)
    }

    /// The term in `lang`.
    pub fn name(&self, lang: Lang) -> &str {
        match lang {
            Lang::Ja => &self.ja,
            Lang::En => &self.en,
        }
    }
}

/// Loads entry `id` in `lang` through the loader (which caches it).
pub async fn load(lang: Lang, id: String) -> Option<Rc<Entry>> {
    let obj = data::fetch("term", lang.tag(), &id).await?;
    Entry::from_js(&obj).map(Rc::new)
}

/// What an entry signal holds: `None` while the first load runs, then `Some(entry)`,
/// or `Some(None)` when there is no id or the entry cannot be had.
pub type Loaded = Option<Option<Rc<Entry>>>;

/// Entry `id` in `lang`, loaded whenever either changes (the previous value stays
/// until the next arrives; a late answer to an older request is dropped).
pub fn entry_signal(
    lang: Memo<Lang>,
    id: Memo<Option<String>>,
) -> ReadSignal<Loaded, LocalStorage> {
    let (value, set_value) = signal_local::<Loaded>(None);
    let generation = StoredValue::new(0u32);
    Effect::new(move |_| {
        let lang = lang.get();
        let id = id.get();
        let this = generation.get_value().wrapping_add(1);
        generation.set_value(this);
        match id {
            None => set_value.set(Some(None)),
            Some(id) => leptos::task::spawn_local(async move {
                let entry = load(lang, id).await;
                if generation.try_get_value() == Some(this) {
                    set_value.try_set(Some(entry));
                }
            }),
        }
    });
    value
}
