//! The slider's emit stage, in two parts from one set of checked values: the Rust
//! items of the generated `slider.rs` (ids, bounds, the `Zone` enum with `zone_for`, and
//! the `slider_model` module's keys: no words), and the slider's words per language as a data file
//! (`slider/<lang>/words.json`, [`words_json`]), which a page fetches for the one
//! language it shows, and what it shows only behind its disclosures (the examples'
//! bodies, the model's lists) per language (`slider-examples/<lang>/bodies.json`,
//! [`bodies_json`]), which it fetches when a reader first reaches for one.

use serde_json::{json, Value};

use super::render::Pair;
use super::table::Item;
use super::validate::CheckedSlider;
use crate::glossary::Glossary;
use crate::rust::lit;
use crate::source_notes::{fill_html, sources_html};
use crate::ui_text::UiText;

/// The id of the slider's one words file per language.
pub const WORDS_ID: &str = "words";
/// The id of the slider's one file of what its disclosures show, per language.
pub const BODIES_ID: &str = "bodies";

/// Appends every item of the slider's module to `out`.
pub(crate) fn emit(s: &CheckedSlider, out: &mut String) {
    out.push_str(&format!(
        "/// The data kind of the slider's words, and the id of its one file per language.\npub const SLIDER_WORDS: (&str, &str) = ({}, {});\n",
        lit(crate::data::SLIDER.name),
        lit(WORDS_ID)
    ));
    out.push_str(&format!(
        "/// The data kind of what the slider shows behind its disclosures (the examples' bodies,\n/// the model's lists), and the id of its one file per language.\npub const SLIDER_BODIES: (&str, &str) = ({}, {});\n",
        lit(crate::data::EXAMPLES.name),
        lit(BODIES_ID)
    ));
    out.push_str("/// The slider's zones along the axis, in order (their words: `zones` in the words file).\npub static SLIDER_ZONES: &[SliderZone] = &[\n");
    for c in &s.zones {
        let z = c.zone;
        out.push_str(&format!(
            "    SliderZone {{ id: {}, min: {}, max: {} }},\n",
            lit(&z.id),
            z.min,
            z.max,
        ));
    }
    out.push_str("];\n");
    zones(s, out);
    out.push_str("/// The four gauges, in order: spiral, exploitation, appeasement, overall (their words: `outputs`).\npub static SLIDER_OUTPUTS: &[SliderOutput] = &[\n");
    for c in &s.outputs {
        out.push_str(&format!(
            "    SliderOutput {{ id: {} }},\n",
            lit(&c.output.id)
        ));
    }
    out.push_str("];\n");
    out.push_str("/// Examples from seed 004, each shown over a range of the axis (their HTML: `examples`).\npub static SLIDER_EXAMPLES: &[SliderExample] = &[\n");
    for c in &s.examples {
        let e = c.example;
        out.push_str(&format!(
            "    SliderExample {{ id: {}, min: {}, max: {} }},\n",
            lit(&e.id),
            e.min,
            e.max,
        ));
    }
    out.push_str("];\n");
    out.push_str("/// The model's reader-facing description (keys into the words file's `texts` and\n/// `lists`) and its controls' defaults.\npub mod slider_model {\n    use super::{ModelList, ModelText};\n");
    table("[model]", &s.model, out);
    out.push_str("}\n");
}

/// The `Zone` enum (a variant per zone, in axis order, with its id and bounds) and
/// `zone_for`, the zone of a mix: the zones' one owner is content.toml, so the widget
/// and the `deterrence-change` event take them from here. Expects at least one zone
/// (validation requires one).
fn zones(s: &CheckedSlider, out: &mut String) {
    let variant = |id: &str| crate::elements_ts::pascal(id);
    out.push_str("/// A zone of the policy axis (`[[zone]]` in content.toml), from the deterrence end.\n#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]\npub enum Zone {\n");
    for c in &s.zones {
        let z = c.zone;
        out.push_str(&format!(
            "    #[doc = {}]\n    {},\n",
            lit(&format!(
                "Mix {}–{}: `{}` ({}, {}).",
                z.min, z.max, z.id, z.name_ja, z.name_en
            )),
            variant(&z.id)
        ));
    }
    out.push_str("}\n\nimpl Zone {\n");
    let all: Vec<String> = s
        .zones
        .iter()
        .map(|c| format!("Zone::{}", variant(&c.zone.id)))
        .collect();
    out.push_str(&format!(
        "    /// Every zone, from the deterrence end to the reassurance end.\n    pub const ALL: [Zone; {}] = [{}];\n",
        all.len(),
        all.join(", ")
    ));
    let method =
        |doc: &str, name: &str, ty: &str, value: &dyn Fn(&super::schema::Zone) -> String| {
            let mut m = format!(
                "    /// {doc}\n    pub const fn {name}(self) -> {ty} {{\n        match self {{\n"
            );
            for c in &s.zones {
                m.push_str(&format!(
                    "            Zone::{} => {},\n",
                    variant(&c.zone.id),
                    value(c.zone)
                ));
            }
            m.push_str("        }\n    }\n");
            m
        };
    out.push_str(&method(
        "Stable kebab-case id (the `zone` of the `deterrence-change` event).",
        "id",
        "&'static str",
        &|z| lit(&z.id),
    ));
    out.push_str(&method("Lowest mix in the zone.", "min", "u8", &|z| {
        z.min.to_string()
    }));
    out.push_str(&method(
        "Highest mix in the zone (inclusive).",
        "max",
        "u8",
        &|z| z.max.to_string(),
    ));
    out.push_str("}\n\n/// The zone containing `mix` (values past the last zone count as the last).\npub const fn zone_for(mix: u8) -> Zone {\n    match mix {\n");
    let last = s.zones.len().saturating_sub(1);
    for (i, c) in s.zones.iter().enumerate() {
        let z = c.zone;
        if i == last {
            out.push_str(&format!("        _ => Zone::{},\n", variant(&z.id)));
        } else {
            out.push_str(&format!(
                "        {}..={} => Zone::{},\n",
                z.min,
                z.max,
                variant(&z.id)
            ));
        }
    }
    out.push_str("    }\n}\n");
}

/// The slider's words in `lang` (`"ja"` or `"en"`), as the data file's JSON: `zones`
/// (`name`, `value_text`, `explanation` HTML: the zone's claims joined), `outputs`
/// (`label`, `help` HTML: the help claim),
/// `examples` (finished `<li>` HTML, without their bodies: [`bodies_json`]; `examples`
/// holds each rendered once, [`example`](super::render::example)), and `[model]`'s `texts` in the order
/// of the keys [`emit`] writes (its `lists`, shown in the model's rules behind a
/// disclosure, are in [`bodies_json`]).
pub(crate) fn words_json(
    s: &CheckedSlider,
    (glossary, text, sources): (&Glossary, &UiText, &crate::sources::Sources),
    examples: &[(Pair, Pair)],
    lang: &str,
) -> Value {
    let pick = |ja: &str, en: &str| crate::data::pick(lang, ja, en);
    let zones: Vec<Value> = s
        .zones
        .iter()
        .map(|c| {
            let z = c.zone;
            let (ex_ja, ex_en) = c.explanation.html(glossary);
            // The zone's sources after its explanation (the brief's paragraphs and the
            // model's rules it rests on), in the same words as an example's.
            let (src_ja, src_en) = text.get("example_sources");
            let notes = |template: &str, lang: &str| {
                format!(
                    " <small class=\"ds-src\" data-testid=\"slider-zone-sources\">{}</small>",
                    fill_html(template, &[("list", &sources_html(sources, &z.claims, lang))])
                )
            };
            json!({
                "name": pick(&z.name_ja, &z.name_en),
                "value_text": pick(&z.value_text_ja, &z.value_text_en),
                "explanation": pick(&(ex_ja + &notes(src_ja, "ja")), &(ex_en + &notes(src_en, "en"))),
            })
        })
        .collect();
    let outputs: Vec<Value> = s
        .outputs
        .iter()
        .map(|c| {
            let (help_ja, help_en) = c.help.html(glossary);
            json!({ "label": pick(&c.output.label_ja, &c.output.label_en), "help": pick(&help_ja, &help_en) })
        })
        .collect();
    let examples: Vec<String> = examples.iter().map(|((ja, en), _)| pick(ja, en)).collect();
    let texts: Vec<String> = s
        .model
        .iter()
        .filter_map(|item| match item {
            Item::Text(_, (ja, en)) => Some(pick(ja, en)),
            _ => None,
        })
        .collect();
    json!({ "zones": zones, "outputs": outputs, "examples": examples, "texts": texts })
}

/// What the slider shows behind its disclosures, in `lang`, as the data file's JSON:
/// `{"html": [...], "lists": [...]}`, each example's body HTML in the order of
/// `SLIDER_EXAMPLES` (and of `examples` in [`words_json`]), and `[model]`'s lists in the
/// order of the keys [`emit`] writes.
pub(crate) fn bodies_json(s: &CheckedSlider, examples: &[(Pair, Pair)], lang: &str) -> Value {
    let html: Vec<String> = examples
        .iter()
        .map(|(_, (ja, en))| crate::data::pick(lang, ja, en))
        .collect();
    let lists: Vec<Vec<String>> = s
        .model
        .iter()
        .filter_map(|item| match item {
            Item::List(_, list) => Some(
                list.iter()
                    .map(|(ja, en)| crate::data::pick(lang, ja, en))
                    .collect(),
            ),
            _ => None,
        })
        .collect();
    json!({ "html": html, "lists": lists })
}

/// The items of `[model]` (`entry`), inside their module, each with a doc
/// comment naming its key in content.toml: a text is its position in the words file's
/// `texts` ([`words_json`]), a list in the disclosures' file's `lists` ([`bodies_json`]),
/// each written in this order.
fn table(entry: &str, items: &[Item], out: &mut String) {
    let (mut texts, mut lists) = (0usize, 0usize);
    for item in items {
        let (Item::Text(name, _)
        | Item::List(name, _)
        | Item::Float(name, _)
        | Item::Integer(name, _)
        | Item::Boolean(name, _)) = item;
        out.push_str(&format!(
            "    /// `{}` of `{entry}` in widgets/deterrence-slider/content.toml.\n",
            name.to_ascii_lowercase()
        ));
        let line = match item {
            Item::Text(name, _) => {
                texts += 1;
                format!("pub const {name}: ModelText = ModelText({});", texts - 1)
            }
            Item::List(name, _) => {
                lists += 1;
                format!("pub const {name}: ModelList = ModelList({});", lists - 1)
            }
            Item::Float(name, f) => format!("pub const {name}: f64 = {f:?};"),
            Item::Integer(name, i) => format!("pub const {name}: i64 = {i};"),
            Item::Boolean(name, b) => format!("pub const {name}: bool = {b};"),
        };
        out.push_str(&format!("    {line}\n"));
    }
}
