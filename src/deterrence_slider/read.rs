//! Small readers the slider's views share: a fixed interface text, a text of the model's
//! description, and the number an `<input>` event carries, each following the slider's
//! language.

use leptos::prelude::*;
use web_sys::Event;

use super::words::Words;
use crate::attrs::Lang;
use crate::content::{Bi, ModelText};

/// The number an `<input>` event carries, if any.
pub fn input_value(ev: &Event) -> Option<f64> {
    crate::num::parse_decimal(&event_target_value(ev))
}

/// Interface text `b` (from `text.toml`) in the slider's language.
pub fn text(b: Bi, lang: Memo<Lang>) -> impl Fn() -> String + Copy + Send + Sync {
    move || b.get(lang.get()).to_owned()
}

/// A text of the model's description, from the words.
pub fn model_text(key: ModelText, words: Memo<Words>) -> impl Fn() -> String + Copy + Send + Sync {
    move || words.with(|w| w.text(key).to_owned())
}
