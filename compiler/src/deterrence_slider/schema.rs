//! The schema of `widgets/deterrence-slider/content.toml`, as `serde` structs exactly as
//! written (unknown fields are rejected). Nothing here is checked yet; see
//! [`super::validate`].
//!
//! Every displayed statement is a claim ([`crate::claims`]): a zone's explanation is its
//! `[[zone.claim]]`s joined, a gauge's help is its `[output.help]` claim, an example's
//! body is its `[[example.claim]]`s joined and its title and recommendation lists carry
//! the claim fields of `[example.evidence]`; the model's how-list and control help carry
//! those of `[model.evidence.<key>]`.

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::claims::{Claim, Evidence};

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
    /// The explanation's sentences, in order (`[[zone.claim]]`, ids `<zone id>/…`).
    #[serde(default, rename = "claim")]
    pub(crate) claims: Vec<Claim>,
}

/// `[[output]]`: one gauge.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Output {
    pub(crate) id: String,
    pub(crate) label_ja: String,
    pub(crate) label_en: String,
    /// What moves the gauge: one claim (`[output.help]`, id `<output id>/help`).
    pub(crate) help: Claim,
}

/// `[[example]]`: one example, shown over a range of the axis.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Example {
    pub(crate) id: String,
    pub(crate) min: u8,
    pub(crate) max: u8,
    /// The example's category (`method`, `step`, …), not a claim's kind.
    pub(crate) kind: String,
    pub(crate) title_ja: String,
    pub(crate) title_en: String,
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
    /// The body's sentences, in order (`[[example.claim]]`, ids `<example id>/…`).
    #[serde(default, rename = "claim")]
    pub(crate) claims: Vec<Claim>,
    /// The claim fields of the title and the recommendation lists (`[example.evidence]`,
    /// id `<example id>/text`).
    pub(crate) evidence: Evidence,
}

impl Example {
    /// The title and the recommendation lists as one claim with `evidence`'s fields.
    pub(crate) fn evidence_claim(&self) -> Claim {
        let join = |title: &str, lists: [&Vec<String>; 3], sep: &str| {
            let mut all = vec![title];
            all.extend(lists.iter().flat_map(|l| l.iter().map(String::as_str)));
            all.join(sep)
        };
        self.evidence.claim(
            join(
                &self.title_ja,
                [&self.us_ja, &self.china_ja, &self.both_ja],
                "。",
            ),
            join(
                &self.title_en,
                [&self.us_en, &self.china_en, &self.both_en],
                " ",
            ),
        )
    }
}

/// The whole of `content.toml`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct SliderFile {
    pub(crate) zone: Vec<Zone>,
    pub(crate) output: Vec<Output>,
    pub(crate) example: Vec<Example>,
    /// `[model]`: a free table of texts, lists and numbers (see [`super::table`]), with
    /// `[model.evidence.<key>]` claim fields for its lists and help texts.
    pub(crate) model: BTreeMap<String, toml::Value>,
}
