//! Build-time reader, validator and code generator for the `widgets/` content.
//!
//! Every content file is parsed with `serde` + `toml` here and checked (unique ids,
//! both languages present, every cross-reference resolves, every entry has a source).
//! The glossary becomes data files the widgets fetch at run time ([`data`], written by
//! the `emit-data` command the bundler runs); the slider's and the map's content
//! become Rust statics (the root crate's `build.rs` calls [`compile`]). Either
//! way the WebAssembly bundle carries no parser. The teaching page's static copy of the
//! glossary (its index and source list) and its data block are written into
//! `index.html` by the `page-index` command ([`page_index`]).
//!
//! Errors are collected, not stopped at the first: a content editor sees every
//! problem at once, each naming the file, the entry and the field.

#![deny(missing_docs)]

pub mod claims;
pub mod claims_status;
pub mod data;
pub mod deterrence_slider;
pub mod elements;
pub mod elements_cem;
pub mod elements_doc;
pub mod elements_emit;
pub mod elements_php;
pub mod elements_style;
pub mod elements_ts;
pub mod elements_vscode;
pub mod error;
pub mod generated_file;
pub mod glossary;
pub mod hotspot_map;
pub mod lang_emit;
pub mod markup;
pub mod model_numbers;
pub mod page_html;
pub mod page_index;
pub mod page_lesson;
pub mod public_ids;
pub mod rust;
pub mod source_notes;
pub mod sources;
pub mod text;
pub mod ui_text;

#[cfg(test)]
mod readme_fields;

use std::path::Path;

pub use error::{ContentError, Problems};
pub use hotspot_map::generate_map;

/// Reads and checks what every widget's content refers to: the sources and the
/// glossary (cards cite sources and link glossary terms).
pub fn load_shared(
    widgets_dir: &Path,
    problems: &mut Problems,
) -> (sources::Sources, glossary::Glossary) {
    let seeds = sources::seeds_dir(widgets_dir);
    let sources = sources::load(
        &widgets_dir.join("sources.toml"),
        seeds.as_deref(),
        problems,
    );
    let glossary = glossary::load(&widgets_dir.join("glossary/terms"), &sources, problems);
    (sources, glossary)
}

/// Everything the content compiles to, from one reading of `widgets/`.
#[derive(Debug, Clone, Default)]
pub struct Compiled {
    /// The Rust source of `slider.rs` (the slider's ids, bounds and keys).
    pub slider_rs: String,
    /// The Rust source of `map.rs` (the map's view box, hotspots and focus order).
    pub map_rs: String,
    /// Every data file: the glossary's, the cards, the slider's and the map's.
    pub files: Vec<data::DataFile>,
}

/// Reads and checks everything under `widgets_dir` once and compiles it: the two
/// generated modules (what `build.rs` writes) and every data file (what `emit-data`
/// writes, and `build.rs` for the browser tests). Every problem found, each with file,
/// entry and field, on failure.
pub fn compile(widgets_dir: &Path) -> Result<Compiled, Problems> {
    let mut problems = Problems::default();
    let (sources, glossary) = load_shared(widgets_dir, &mut problems);
    let (slider_rs, words) = emit_slider(widgets_dir, &sources, &glossary, &mut problems);
    let map = widgets_dir
        .join("hotspot-map")
        .exists()
        .then(|| hotspot_map::load_and_emit(widgets_dir, &sources, &glossary, &mut problems));
    let glossary_words = ui_text::load_widget(widgets_dir, "glossary", &mut problems);
    problems.into_result()?;
    let files = data::files((&glossary, &glossary_words), &sources, words, map.as_ref());
    Ok(Compiled {
        slider_rs,
        map_rs: map.map(|m| m.code).unwrap_or_default(),
        files,
    })
}

/// The widgets' interface words from `widgets/<widget>/text.toml`, checked, as the Rust
/// source of `ui_text.rs` (for `build.rs`; see [`ui_text`]).
pub fn generate_ui_text(widgets_dir: &Path) -> Result<String, Problems> {
    let mut problems = Problems::default();
    let texts = ui_text::load_widgets(widgets_dir, &mut problems);
    problems.into_result()?;
    Ok(ui_text::rust(&texts))
}

/// The widgets' elements from `widgets/*/widget.toml`, checked: the Rust element table
/// (for `build.rs`) and the loader's tag table as JSON (for the manifest).
pub fn generate_elements(widgets_dir: &Path) -> Result<(String, String), Problems> {
    let mut problems = Problems::default();
    let elements = elements::load(widgets_dir, &mut problems);
    if let Some(root) = widgets_dir.parent() {
        let declared = elements_style::load_properties(root, &mut problems);
        elements_style::check_css(
            &declared,
            &elements_style::used_in_sources(root),
            &mut problems,
        );
    }
    problems.into_result()?;
    Ok((
        elements_emit::rust(&elements),
        elements_emit::manifest_json(&elements),
    ))
}

/// Reads, validates and compiles the shared content and the slider under
/// `widgets_dir`.
///
/// Returns the Rust source of the slider's module on success, or every problem found
/// (each with file, entry and field) on failure.
pub fn generate(widgets_dir: &Path) -> Result<String, Problems> {
    let mut problems = Problems::default();
    let (sources, glossary) = load_shared(widgets_dir, &mut problems);
    let (out, _) = emit_slider(widgets_dir, &sources, &glossary, &mut problems);
    problems.into_result()?;
    Ok(out)
}

/// The slider's content (when present): the Rust source of its module, and its data
/// files.
pub(crate) fn emit_slider(
    widgets_dir: &Path,
    sources: &sources::Sources,
    glossary: &glossary::Glossary,
    problems: &mut Problems,
) -> (String, Option<deterrence_slider::SliderFiles>) {
    let mut out =
        String::from("// @generated by explainers-compiler from widgets/. Do not edit.\n");
    let slider = widgets_dir.join("deterrence-slider/content.toml");
    let words = if slider.exists() {
        deterrence_slider::load_and_emit(&slider, glossary, sources, problems, &mut out)
    } else {
        None
    };
    (out, words)
}
