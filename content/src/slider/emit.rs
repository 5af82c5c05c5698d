//! The slider's emit stage: Rust items for the generated `slider.rs` (zones, gauges,
//! examples as finished HTML, the `slider_model` module).

use super::render;
use super::table::Item;
use super::validate::CheckedSlider;
use crate::glossary::Glossary;
use crate::rust::lit;
use crate::ui_text::UiText;

/// A Rust `Bi` literal for a pair of strings.
fn bi((ja, en): (&str, &str)) -> String {
    format!("Bi {{ ja: {}, en: {} }}", lit(ja), lit(en))
}

/// Appends every item of the slider's module to `out`.
pub(crate) fn emit(s: &CheckedSlider, (glossary, text): (&Glossary, &UiText), out: &mut String) {
    out.push_str("/// The slider's zones along the axis, in order.\npub static SLIDER_ZONES: &[SliderZone] = &[\n");
    for c in &s.zones {
        let z = c.zone;
        let (ex_ja, ex_en) = c.explanation.html(glossary);
        out.push_str(&format!(
            "    SliderZone {{ id: {}, min: {}, max: {}, name: {}, value_text: {}, explanation: {} }},\n",
            lit(&z.id),
            z.min,
            z.max,
            bi((&z.name_ja, &z.name_en)),
            bi((&z.value_text_ja, &z.value_text_en)),
            bi((&ex_ja, &ex_en))
        ));
    }
    out.push_str("];\n");
    out.push_str("/// The four gauges, in order: spiral, exploitation, appeasement, overall.\npub static SLIDER_OUTPUTS: &[SliderOutput] = &[\n");
    for c in &s.outputs {
        let o = c.output;
        let (help_ja, help_en) = c.help.html(glossary);
        out.push_str(&format!(
            "    SliderOutput {{ id: {}, label: {}, help: {} }},\n",
            lit(&o.id),
            bi((&o.label_ja, &o.label_en)),
            bi((&help_ja, &help_en))
        ));
    }
    out.push_str("];\n");
    out.push_str("/// Examples from seed 004, each shown over a range of the axis.\npub static SLIDER_EXAMPLES: &[SliderExample] = &[\n");
    for c in &s.examples {
        let e = c.example;
        let (ja, en) = render::example(c, text, glossary);
        out.push_str(&format!(
            "    SliderExample {{ id: {}, min: {}, max: {}, html: {} }},\n",
            lit(&e.id),
            e.min,
            e.max,
            bi((&ja, &en))
        ));
    }
    out.push_str("];\n");
    out.push_str("/// The model's reader-facing description and its controls' defaults.\npub mod slider_model {\n    use super::Bi;\n");
    table("[model]", &s.model, out);
    out.push_str("}\n");
}

/// The items of `[model]` (`entry`), inside their module, each with a doc
/// comment naming its key in content.toml.
fn table(entry: &str, items: &[Item], out: &mut String) {
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
            Item::Text(name, (ja, en)) => format!("pub static {name}: Bi = {};", bi((ja, en))),
            Item::List(name, list) => {
                let items: Vec<String> = list.iter().map(|(j, e)| bi((j, e))).collect();
                format!("pub static {name}: &[Bi] = &[{}];", items.join(", "))
            }
            Item::Float(name, f) => format!("pub const {name}: f64 = {f:?};"),
            Item::Integer(name, i) => format!("pub const {name}: i64 = {i};"),
            Item::Boolean(name, b) => format!("pub const {name}: bool = {b};"),
        };
        out.push_str(&format!("    {line}\n"));
    }
}
