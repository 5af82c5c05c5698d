//! `use_words`: a widget's words in the language it shows, from its data files. They are
//! loaded whenever the language changes (the loader already has the first language's,
//! fetched with the widget's code); the last that arrived stay meanwhile, and a load
//! that fails keeps them, with one warning saying why.

use leptos::prelude::*;

use crate::attrs::Lang;
use crate::data::{load_signal, Done};
use crate::hooks::effect;

/// The words `load` gives for `lang` (`T::default()` until the first arrive). A failed
/// load warns once through `warn`, with its reason and then `keeps` (what the reader
/// sees instead). Call inside the widget's reactive owner.
pub fn use_words<T>(
    lang: Memo<Lang>,
    load: impl Fn(Lang, Done<Result<T, String>>) + 'static,
    warn: impl Fn(&str) + 'static,
    keeps: &'static str,
) -> Memo<T>
where
    T: Clone + Default + PartialEq + Send + Sync + 'static,
{
    let loaded = load_signal(move || Some(lang.get()), load);
    effect(move || {
        loaded.with(|l| {
            if let Some(Some(Err(why))) = l {
                warn(&[why.as_str(), keeps].concat());
            }
        })
    });
    Memo::new(move |prev: Option<&T>| match loaded.get() {
        Some(Some(Ok(w))) => w,
        _ => prev.cloned().unwrap_or_default(),
    })
}
