//! Small readers the slider's views share: a fixed interface text and a text of the
//! model's description, each following the slider's language, and the number an
//! `<input>` holds.

use leptos::prelude::*;
use web_sys::HtmlInputElement;

use super::words::Words;
use crate::attrs::Lang;
use crate::content::{Bi, ModelText};

/// The number `input` holds, if any.
pub fn input_value(input: &HtmlInputElement) -> Option<f64> {
    crate::num::parse_decimal(&input.value())
}

/// Interface text `b` (from `text.toml`) in the slider's language.
pub fn text(b: Bi, lang: Memo<Lang>) -> impl Fn() -> String + Copy + Send + Sync {
    move || b.get(lang.get()).to_owned()
}

/// A text of the model's description, from the words.
pub fn model_text(key: ModelText, words: Memo<Words>) -> impl Fn() -> String + Copy + Send + Sync {
    move || words.with(|w| w.text(key).to_owned())
}
