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

/// The author's file a term's entries come from first (its scope's `src`, see
/// [`author::file_of`](super::author::file_of)); `None`: the built-in glossary only.
pub type AuthorFile = Option<Rc<str>>;

/// Entry `id` in `lang`, passed to `done`: the entry with that id in the author's
/// `file` when it has one (its related entries named in `lang`, from that file or the
/// built-in data), else the built-in one, loaded through the loader (which caches it).
pub fn load(lang: Lang, id: String, file: AuthorFile, done: Done<Result<Rc<Entry>, String>>) {
    #[cfg(feature = "authors")]
    if let Some(a) = file.as_deref().and_then(|f| super::author::get(f, &id)) {
        let entry = a.entry(lang);
        let related = a.related.iter().rev().cloned().collect();
        return name_related(lang, entry, file, related, done);
    }
    #[cfg(not(feature = "authors"))]
    let _ = file;
    data::request("term", lang.tag(), &id.clone(), move |answer| {
        done(answer.and_then(|obj| {
            Entry::from_js(&obj)
                .map(Rc::new)
                .ok_or_else(|| ["the entry of \"", &id, "\" has no id or definition"].concat())
        }))
    });
}

/// An author's entry with its related entries named in `lang`, one after the other
/// (`rest`: the ids still to name, the next last; at most the file format's limit), from
/// the same `file` or the built-in data; one that cannot be had is left out. Each step
/// is a callback (no recursion a file can deepen: the list is bounded and each name
/// is looked up once).
#[cfg(feature = "authors")]
fn name_related(
    lang: Lang,
    mut entry: Entry,
    file: AuthorFile,
    mut rest: Vec<String>,
    done: Done<Result<Rc<Entry>, String>>,
) {
    while let Some(r) = rest.pop() {
        match file.as_deref().and_then(|f| super::author::get(f, &r)) {
            Some(other) => {
                let name = super::author::pick(&other.name, lang);
                entry.related.push((r, name));
            }
            None => {
                return data::request("term", lang.tag(), &r.clone(), move |answer| {
                    if let Ok(obj) = answer {
                        entry.related.push((r, data::text(&obj, lang.tag())));
                    }
                    name_related(lang, entry, file, rest, done);
                });
            }
        }
    }
    done(Ok(Rc::new(entry)))
}

/// Entry `id` in `lang`, or why it cannot be had, loaded whenever either changes (see
/// [`data::load_signal`]).
pub fn entry_signal(
    lang: Memo<Lang>,
    id: impl Fn() -> Option<String> + 'static,
    file: AuthorFile,
) -> ReadSignal<data::Loaded<Result<Rc<Entry>, String>>, LocalStorage> {
    data::load_signal(
        move || Some((lang.get(), id()?)),
        move |(l, i), done| load(l, i, file.clone(), done),
    )
}
