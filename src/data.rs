//! Content fetched at run time. The build writes the glossary as data files (one per
//! entry and language, and the index that `<glossary-scope>` matches text with), each
//! with a content hash in its name; the loader (`explainers.js`) knows their URLs from
//! the manifest the build wrote into it, fetches them, decodes them with the browser's
//! `JSON.parse` and caches them. This module asks the loader for them, so the wasm
//! carries neither the content nor a parser for it.

use std::cell::RefCell;
use std::future::Future;

use js_sys::{Array, Function, Promise, Reflect};
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

use crate::hooks::effect;

thread_local! {
    static SOURCE: RefCell<Option<Function>> = const { RefCell::new(None) };
}

/// Installs the loader's data function: `source(kind, lang, id)` returns a `Promise` of
/// the parsed JSON (`kind` = `"term"` or `"card"` with a language and an id, or
/// `"index"`).
#[wasm_bindgen(js_name = setDataSource)]
pub fn set_data_source(source: Function) {
    SOURCE.with(|s| *s.borrow_mut() = Some(source));
}

/// Asks the loader for one data file. `Err` says why it cannot be had (the loader's
/// reason: an unknown id, or the file's URL and what went wrong), for the one warning
/// that the caller, who decides what the reader sees instead, gives.
pub async fn fetch(kind: &str, lang: &str, id: &str) -> Result<JsValue, String> {
    let promise = SOURCE.with(|s| {
        s.borrow().as_ref().and_then(|f| {
            f.call3(
                &JsValue::NULL,
                &JsValue::from_str(kind),
                &JsValue::from_str(lang),
                &JsValue::from_str(id),
            )
            .ok()
        })
    });
    let promise: Promise = promise
        .and_then(|p| p.dyn_into().ok())
        .ok_or_else(|| String::from("no data source (load explainers.js)"))?;
    match JsFuture::from(promise).await {
        Ok(v) if v.is_object() => Ok(v),
        Ok(_) => Err(["a ", kind, " that is not a JSON object"].concat()),
        Err(e) => Err(message(&e)),
    }
}

/// The message of a thrown JS value: an `Error`'s `message`, or a thrown string.
fn message(e: &JsValue) -> String {
    Reflect::get(e, &JsValue::from_str("message"))
        .ok()
        .and_then(|m| m.as_string())
        .or_else(|| e.as_string())
        .unwrap_or_else(|| String::from("unknown error"))
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
/// or `Some(None)` when there is nothing to load or it cannot be had.
pub type Loaded<T> = Option<Option<T>>;

/// A value loaded whenever `key` changes (`key` returning `None` means "nothing to
/// load"). The previous value stays until the next arrives; a late answer to an older
/// request is dropped. Call inside the widget's reactive owner.
pub fn load_signal<K, T, Fut>(
    key: impl Fn() -> Option<K> + 'static,
    load: impl Fn(K) -> Fut + 'static,
) -> ReadSignal<Loaded<T>, LocalStorage>
where
    K: 'static,
    T: 'static,
    Fut: Future<Output = Option<T>> + 'static,
{
    let (value, set_value) = signal_local::<Loaded<T>>(None);
    let generation = StoredValue::new(0u32);
    effect(move || {
        let this = generation.get_value().wrapping_add(1);
        generation.set_value(this);
        match key() {
            None => set_value.set(Some(None)),
            Some(k) => {
                let pending = load(k);
                leptos::task::spawn_local(async move {
                    let v = pending.await;
                    if generation.try_get_value() == Some(this) {
                        set_value.try_set(Some(v));
                    }
                });
            }
        }
    });
    value
}
