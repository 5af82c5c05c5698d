//! Content fetched at run time. The build writes the glossary as data files (one per
//! entry and language, and the index that `<glossary-scope>` matches text with), each
//! with a content hash in its name; the loader (`explainers.js`) knows their URLs from
//! the manifest the build wrote into it, fetches them, decodes them with the browser's
//! `JSON.parse` and caches them. This module asks the loader for them, so the wasm
//! carries neither the content nor a parser for it.

use std::cell::RefCell;

use js_sys::{Array, Function, Reflect};
use leptos::prelude::*;
use wasm_bindgen::prelude::*;

use crate::hooks::effect;

thread_local! {
    static SOURCE: RefCell<Option<Function>> = const { RefCell::new(None) };
}

/// Installs the loader's data function: `source(kind, lang, id, done)` calls
/// `done(value)` later with the parsed JSON, or `done(undefined, reason)` (`kind` =
/// `"term"` or `"card"` with a language and an id, or `"index"`).
#[wasm_bindgen(js_name = setDataSource)]
pub fn set_data_source(source: Function) {
    SOURCE.with(|s| *s.borrow_mut() = Some(source));
}

/// A data file as the loader answers it: the decoded JSON object, or why it cannot be
/// had (the loader's reason: an unknown id, or the file's URL and what went wrong), for
/// the one warning that the caller, who decides what the reader sees instead, gives.
pub type Answer = Result<JsValue, String>;

/// Where an answer goes: called once.
pub type Done<T> = Box<dyn FnOnce(T)>;

/// Asks the loader for one data file; `done` gets the answer once it has arrived.
///
/// A callback rather than a future: the futures (one state machine per `async fn`,
/// `JsFuture`, a spawned task each) cost more code than the few files a widget asks
/// for are worth.
pub fn request(kind: &str, lang: &str, id: &str, done: impl FnOnce(Answer) + 'static) {
    ask(kind, lang, id, Box::new(done));
}

fn ask(kind: &str, lang: &str, id: &str, done: Done<Answer>) {
    let Some(source) = SOURCE.with(|s| s.borrow().clone()) else {
        return done(Err(String::from("no data source (load explainers.js)")));
    };
    let not_an_object = ["a ", kind, " that is not a JSON object"].concat();
    let answer = Closure::once_into_js(move |value: JsValue, why: JsValue| {
        done(match why.as_string() {
            Some(why) => Err(why),
            None if value.is_object() => Ok(value),
            None => Err(not_an_object),
        })
    });
    // The loader's function answers later, never by throwing.
    let _ = source.call4(
        &JsValue::NULL,
        &JsValue::from_str(kind),
        &JsValue::from_str(lang),
        &JsValue::from_str(id),
        &answer,
    );
}

/// Field `key` of a decoded object, as a string (empty when missing or not a string).
pub fn text(obj: &JsValue, key: &str) -> String {
    Reflect::get(obj, &JsValue::from_str(key))
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_default()
}

/// Field `key` of a decoded object, as an array (empty when missing or not an array).
pub fn list(obj: &JsValue, key: &str) -> Array {
    Reflect::get(obj, &JsValue::from_str(key))
        .ok()
        .and_then(|v| v.dyn_into::<Array>().ok())
        .unwrap_or_default()
}

/// The strings of a JS array (a non-string item reads as empty).
pub fn strings(a: &Array) -> Vec<String> {
    a.iter()
        .map(|v| v.as_string().unwrap_or_default())
        .collect()
}

/// What a [`load_signal`] holds: `None` while the first load runs, then `Some(value)`,
/// or `Some(None)` when there is nothing to load.
pub type Loaded<T> = Option<Option<T>>;

/// What a load gave: whether it failed (a failed load is asked again when its key
/// comes back, as the loader fetches a failed file again).
pub trait Outcome {
    /// Whether this is a failure.
    fn failed(&self) -> bool;
}

impl<A, E> Outcome for Result<A, E> {
    fn failed(&self) -> bool {
        self.is_err()
    }
}

/// An answer that carries what it answers, then the result.
impl<A, B, R: Outcome> Outcome for (A, B, R) {
    fn failed(&self) -> bool {
        self.2.failed()
    }
}

/// A value loaded whenever `key` changes (`key` returning `None` means "nothing to
/// load"): `load(key, done)` passes it to `done`. The previous value stays until the
/// next arrives; a late answer to an older request is dropped. A key recomputed to the
/// same value (what it is derived from changed, it did not) loads nothing, unless its
/// last load failed: asked for again (a related entry clicked again), it is retried.
/// Call inside the widget's reactive owner.
pub fn load_signal<K, T>(
    key: impl Fn() -> Option<K> + 'static,
    load: impl Fn(K, Done<T>) + 'static,
) -> ReadSignal<Loaded<T>, LocalStorage>
where
    K: PartialEq + Clone + 'static,
    T: Outcome + 'static,
{
    let (value, set_value) = signal_local::<Loaded<T>>(None);
    let generation = StoredValue::new(0u32);
    let mut last = None::<Option<K>>;
    // Set by the current load's failure (a `Cell`: the answer may come inside `load`).
    let retry = std::rc::Rc::new(std::cell::Cell::new(false));
    effect(move || {
        let now = key();
        if !retry.replace(false) && last.as_ref() == Some(&now) {
            return;
        }
        last = Some(now.clone());
        let this = generation.get_value().wrapping_add(1);
        generation.set_value(this);
        match now {
            None => set_value.set(Some(None)),
            Some(k) => {
                let retry = std::rc::Rc::clone(&retry);
                load(
                    k,
                    Box::new(move |v| {
                        if generation.try_get_value() == Some(this) {
                            retry.set(v.failed());
                            set_value.try_set(Some(Some(v)));
                        }
                    }),
                )
            }
        }
    });
    value
}
