//! Content fetched at run time. The build writes the glossary as data files (one per
//! entry and language, and the index that `<glossary-scope>` matches text with), each
//! with a content hash in its name; the loader (`explainers.js`) knows their URLs from
//! the manifest the build wrote into it, fetches them, decodes them with the browser's
//! `JSON.parse` and caches them. This module asks the loader for them, so the wasm
//! carries neither the content nor a parser for it.

use std::cell::RefCell;

use js_sys::{Array, Function, Promise, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

thread_local! {
    static SOURCE: RefCell<Option<Function>> = const { RefCell::new(None) };
}

/// Installs the loader's data function: `source(kind, lang, id)` returns a `Promise` of
/// the parsed JSON (`kind` = `"term"` with a language and an id, or `"index"`).
#[wasm_bindgen(js_name = setDataSource)]
pub fn set_data_source(source: Function) {
    SOURCE.with(|s| *s.borrow_mut() = Some(source));
}

/// Asks the loader for one data file; `None` when there is no data source, the file
/// is unknown or it failed to load (the loader has already warned).
pub async fn fetch(kind: &str, lang: &str, id: &str) -> Option<JsValue> {
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
    })?;
    let promise: Promise = promise.dyn_into().ok()?;
    JsFuture::from(promise).await.ok().filter(|v| v.is_object())
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
