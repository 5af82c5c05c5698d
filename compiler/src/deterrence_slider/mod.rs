//! `widgets/deterrence-slider/content.toml`: zones, gauges, examples and the model's
//! reader-facing description (the widget's interface words are in `text.toml`). Every
//! statement in it is a claim with sources, locators, a kind and a checked date
//! ([`crate::claims`]): what the brief says cites `seed-004 ¶N`, what this site's model
//! does cites `model-escalation <file or how-list item>`.
//!
//! A pipeline, one job per module: `schema` (the file as `serde` structs) → `validate`
//! (checked values, with `check` recording every problem by file, entry and field, and
//! `table` for `[model]`) → `render` (the examples as HTML, with the widget's words
//! from `text.toml`, [`crate::ui_text`]) → `emit` (the Rust items of `slider.rs`, and
//! the words per language as data files).

pub(crate) mod check;
pub(crate) mod emit;
pub(crate) mod render;
pub(crate) mod schema;
pub(crate) mod table;
pub(crate) mod validate;

#[cfg(test)]
mod tests;

use std::path::Path;

use crate::error::Problems;
use crate::glossary::Glossary;
use crate::sources::{read_toml, Sources};

/// The gauges the widget shows, in order: the model's outputs (the `escalation-model`
/// crate owns them; a gauge asks the model for its value by this id).
pub const OUTPUT_IDS: [&str; 4] = escalation_model::OUTPUTS;
/// The kinds of example.
pub const KINDS: &[&str] = &[
    "deterrence-signal",
    "method",
    "step",
    "principle",
    "challenge",
];

pub use emit::{BODIES_ID, WORDS_ID};

/// The slider's data files' JSON, per language ([`crate::data::LANGS`] order): its
/// words, and what its disclosures show (the examples' bodies, the model's lists).
pub struct SliderFiles {
    /// The words file of each language.
    pub words: [String; 2],
    /// What the disclosures show, in each language.
    pub bodies: [String; 2],
}

/// Reads, checks and compiles the slider content. Appends Rust items to `out` and
/// returns the slider's data files (`None` when the file cannot be read).
pub fn load_and_emit(
    path: &Path,
    glossary: &Glossary,
    sources: &Sources,
    problems: &mut Problems,
    out: &mut String,
) -> Option<SliderFiles> {
    let file = read_toml::<schema::SliderFile>(path, problems)?;
    let mut cx = check::Ctx {
        file: path.display().to_string(),
        glossary,
        sources,
        problems,
        claims: crate::claims::Checker::new(crate::claims::today()),
    };
    let checked = validate::validate(&mut cx, &file);
    let text = crate::ui_text::load(&path.with_file_name(crate::ui_text::FILE), problems);
    emit::emit(&checked, out);
    // Each example rendered once, in both languages: its list item (in the words) and
    // its body (in the disclosures' file).
    let examples: Vec<_> = checked
        .examples
        .iter()
        .map(|c| render::example(c, &text, (glossary, sources)))
        .collect();
    let words = crate::data::LANGS.map(|lang| {
        emit::words_json(&checked, (glossary, &text, sources), &examples, lang).to_string()
    });
    let bodies =
        crate::data::LANGS.map(|lang| emit::bodies_json(&checked, &examples, lang).to_string());
    text.report(problems);
    Some(SliderFiles { words, bodies })
}
