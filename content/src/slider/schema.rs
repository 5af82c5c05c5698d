//! The schema of `widgets/deterrence-slider/content.toml`, as `serde` structs exactly as
//! written (unknown fields are rejected). Nothing here is checked yet; see
//! [`super::validate`].

use std::collections::BTreeMap;

use serde::Deserialize;

/// `[[zone]]`: one zone of the axis.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Zone {
    pub(crate) id: String,
    pub(crate) min: u8,
    pub(crate) max: u8,
    pub(crate) name_ja: String,
    pub(crate) name_en: String,
    pub(crate) value_text_ja: String,
    pub(crate) value_text_en: String,
    pub(crate) explanation_ja: String,
    pub(crate) explanation_en: String,
    pub(crate) source: String,
}

/// `[[output]]`: one gauge.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Output {
    pub(crate) id: String,
    pub(crate) label_ja: String,
    pub(crate) label_en: String,
    pub(crate) help_ja: String,
    pub(crate) help_en: String,
    pub(crate) source: String,
}

/// `[[example]]`: one example, shown over a range of the axis.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Example {
    pub(crate) id: String,
    pub(crate) min: u8,
    pub(crate) max: u8,
    pub(crate) kind: String,
    pub(crate) title_ja: String,
    pub(crate) title_en: String,
    pub(crate) body_ja: String,
    pub(crate) body_en: String,
    #[serde(default)]
    pub(crate) us_ja: Vec<String>,
    #[serde(default)]
    pub(crate) us_en: Vec<String>,
    #[serde(default)]
    pub(crate) china_ja: Vec<String>,
    #[serde(default)]
    pub(crate) china_en: Vec<String>,
    #[serde(default)]
    pub(crate) both_ja: Vec<String>,
    #[serde(default)]
    pub(crate) both_en: Vec<String>,
    pub(crate) source: String,
    /// Public documents for facts the text adds to the seed (corrections, dates).
    #[serde(default)]
    pub(crate) also_sources: Vec<String>,
}

/// The whole of `content.toml`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct SliderFile {
    pub(crate) zone: Vec<Zone>,
    pub(crate) output: Vec<Output>,
    pub(crate) example: Vec<Example>,
    pub(crate) model: BTreeMap<String, toml::Value>,
}
