//! One glossary entry in one language, as the popover shows it: decoded from the data
//! file the build wrote for it (`data/glossary/<lang>/<id>.<hash>.json`).

use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::JsValue;

use crate::attrs::Lang;
use crate::data::{self, Done};

/// A glossary entry in the reader's language, as the popover shows it: a built-in one as
/// its data file gives it (its card rendered at build time), or an author's own
/// ([`Own`], rendered when it is complete).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Entry {
    /// Stable id (`reassurance`).
    pub id: String,
    /// The definition as HTML text (escaped), for the word's hidden description.
    pub desc: String,
    /// The card (`glossary-card`): all before the back button, the back button, all
    /// after it.
    pub card: [String; 3],
}

impl Entry {
    /// Decodes a built-in entry; `None` unless it has an id and a card.
    pub fn from_js(obj: &JsValue) -> Option<Entry> {
        let card = data::list(obj, "card");
        let part = |i| card.get(i).as_string().unwrap_or_default();
        let entry = Entry {
            id: data::text(obj, "id"),
            desc: data::text(obj, "desc"),
            card: [part(0), part(1), part(2)],
        };
        (!entry.id.is_empty() && !entry.card[0].is_empty()).then_some(entry)
    }
}

/// An author's own entry in the reader's language: its fields, from which its
/// [`Entry`] is rendered (`glossary-card`) once its related entries are named.
#[cfg(feature = "authors")]
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Own {
    /// Its id (`""` for an inline term without one).
    pub id: String,
    /// The Japanese term (may be empty).
    pub ja: String,
    /// Its reading in kana.
    pub reading: String,
    /// The English term (may be empty).
    pub en: String,
    /// One-line definition.
    pub definition: String,
    /// Short explanation (may be empty).
    pub explanation: String,
    /// Related entries: id and name in this language.
    pub related: Vec<(String, String)>,
    /// The cited source: title, publisher, date (all empty when there is none).
    pub source: [String; 3],
    /// The source link (an http(s) URL, checked), or empty.
    pub source_url: String,
}

#[cfg(feature = "authors")]
impl Own {
    /// Its entry in `lang`: the definition escaped and the card rendered.
    pub fn entry(&self, lang: Lang) -> Entry {
        use crate::ui_text;
        let words = glossary_card::Words {
            close: ui_text::CLOSE.get(lang),
            more: ui_text::MORE.get(lang),
            less: ui_text::LESS.get(lang),
            related: ui_text::RELATED.get(lang),
            back: ui_text::BACK.get(lang),
            source_line: ui_text::SOURCE_LINE.get(lang),
        };
        let card = glossary_card::Card {
            id: &self.id,
            ja: &self.ja,
            reading: &self.reading,
            en: &self.en,
            definition: &self.definition,
            explanation: &self.explanation,
            related: &self.related,
            source: &self.source,
            source_url: &self.source_url,
            notes: "",
        };
        Entry {
            id: self.id.clone(),
            desc: glossary_card::text_html(&self.definition),
            card: glossary_card::card_parts(&card, &words, lang.tag(), lang == Lang::Ja),
        }
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
        let own = a.own(lang);
        let related = a.related.iter().rev().cloned().collect();
        return name_related(lang, own, file, related, done);
    }
    #[cfg(not(feature = "authors"))]
    let _ = file;
    data::request("term", lang.tag(), &id.clone(), move |answer| {
        done(answer.and_then(|obj| {
            Entry::from_js(&obj)
                .map(Rc::new)
                .ok_or_else(|| ["the entry of \"", &id, "\" has no id or card"].concat())
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
    mut entry: Own,
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
                        entry.related.push((r, data::text(&obj, "name")));
                    }
                    name_related(lang, entry, file, rest, done);
                });
            }
        }
    }
    done(Ok(Rc::new(entry.entry(lang))))
}

/// Entry `id` in `lang`, or why it cannot be had, loaded whenever either changes (see
/// [`data::load_signal`]).
pub fn entry_signal(
    lang: crate::hooks::Derived<Lang>,
    id: impl Fn() -> Option<String> + 'static,
    file: AuthorFile,
) -> ReadSignal<data::Loaded<Result<Rc<Entry>, String>>, LocalStorage> {
    data::load_signal(
        move || Some((lang.get(), id()?)),
        move |(l, i), done| load(l, i, file.clone(), done),
    )
}
