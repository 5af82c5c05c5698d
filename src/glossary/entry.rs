//! One glossary entry in one language, as the popover shows it: decoded from the data
//! file the build wrote for it (`data/glossary/<lang>/<id>.<hash>.json`).

use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::JsValue;

use crate::attrs::Lang;
use crate::data::{self, Done};

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
    /// The cited source: title, publisher, date (all empty when there is none): an
    /// author's entry.
    pub source: [String; 3],
    /// A built-in entry's evidence: its sources per part and the date it was checked up
    /// to, as HTML the build rendered and escaped (empty for an author's entry).
    pub notes: String,
    /// An author's source link (an http(s) URL, checked), or empty.
    pub source_url: String,
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
        let entry = Entry {
            id: data::text(obj, "id"),
            ja: data::text(obj, "ja"),
            reading: data::text(obj, "reading"),
            en: data::text(obj, "en"),
            definition: data::text(obj, "definition"),
            explanation: data::text(obj, "explanation"),
            related: data::list(obj, "related").iter().map(pair).collect(),
            source: Default::default(),
            notes: data::text(obj, "notes"),
            source_url: String::new(),
        };
        (!entry.id.is_empty() && !entry.definition.is_empty()).then_some(entry)
    }
}

/// Entry `id` in `lang`, passed to `done`: an author's entry with that id when the
/// page has one (its related entries named in `lang`, from the author's file or the
/// built-in data), else the built-in one, loaded through the loader (which caches it).
pub fn load(lang: Lang, id: String, done: Done<Result<Rc<Entry>, String>>) {
    #[cfg(feature = "authors")]
    if let Some(a) = super::author::get(&id) {
        let entry = a.entry(lang);
        return name_related(lang, entry, a.related.iter().rev().cloned().collect(), done);
    }
    data::request("term", lang.tag(), &id.clone(), move |answer| {
        done(answer.and_then(|obj| {
            Entry::from_js(&obj)
                .map(Rc::new)
                .ok_or_else(|| ["the entry of \"", &id, "\" has no id or definition"].concat())
        }))
    });
}

/// An author's entry with its related entries named in `lang`, one after the other
/// (`rest`: the ids still to name, the next last); one that cannot be had is left out.
#[cfg(feature = "authors")]
fn name_related(
    lang: Lang,
    mut entry: Entry,
    mut rest: Vec<String>,
    done: Done<Result<Rc<Entry>, String>>,
) {
    let Some(r) = rest.pop() else {
        return done(Ok(Rc::new(entry)));
    };
    if let Some(other) = super::author::get(&r) {
        entry
            .related
            .push((r, super::author::pick(&other.name, lang)));
        return name_related(lang, entry, rest, done);
    }
    data::request("term", lang.tag(), &r.clone(), move |answer| {
        if let Ok(obj) = answer {
            entry.related.push((r, data::text(&obj, lang.tag())));
        }
        name_related(lang, entry, rest, done);
    });
}

/// Entry `id` in `lang`, or why it cannot be had, loaded whenever either changes (see
/// [`data::load_signal`]).
pub fn entry_signal(
    lang: Memo<Lang>,
    id: impl Fn() -> Option<String> + 'static,
) -> ReadSignal<data::Loaded<Result<Rc<Entry>, String>>, LocalStorage> {
    data::load_signal(
        move || Some((lang.get(), id()?)),
        |(l, i), done| load(l, i, done),
    )
}
