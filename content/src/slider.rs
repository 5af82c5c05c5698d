//! `widgets/deterrence-slider/content.toml`: zones, gauges, examples, the model's
//! reader-facing description and the widget's labels.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;

use crate::error::Problems;
use crate::glossary::Glossary;
use crate::markup;
use crate::rust::lit;
use crate::sources::{read_toml, Sources};
use crate::text::{is_kebab_id, looks_english, looks_japanese};

/// The zone ids the model defines (`src/model/zones.rs`), in axis order.
pub const ZONE_IDS: &[&str] = &[
    "deterrence-only",
    "mostly-deterrence",
    "balanced",
    "mostly-reassurance",
    "reassurance-only",
];
/// The gauges the widget shows, in order.
pub const OUTPUT_IDS: &[&str] = &["spiral", "exploitation", "appeasement", "overall"];
/// The kinds of example.
pub const KINDS: &[&str] = &[
    "deterrence-signal",
    "method",
    "step",
    "principle",
    "challenge",
];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Zone {
    id: String,
    min: u8,
    max: u8,
    name_ja: String,
    name_en: String,
    value_text_ja: String,
    value_text_en: String,
    explanation_ja: String,
    explanation_en: String,
    source: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Output {
    id: String,
    label_ja: String,
    label_en: String,
    help_ja: String,
    help_en: String,
    source: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Example {
    id: String,
    min: u8,
    max: u8,
    kind: String,
    title_ja: String,
    title_en: String,
    body_ja: String,
    body_en: String,
    #[serde(default)]
    us_ja: Vec<String>,
    #[serde(default)]
    us_en: Vec<String>,
    #[serde(default)]
    china_ja: Vec<String>,
    #[serde(default)]
    china_en: Vec<String>,
    #[serde(default)]
    both_ja: Vec<String>,
    #[serde(default)]
    both_en: Vec<String>,
    source: String,
    /// Public documents for facts the text adds to the seed (corrections, dates).
    #[serde(default)]
    also_sources: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SliderFile {
    zone: Vec<Zone>,
    output: Vec<Output>,
    example: Vec<Example>,
    model: BTreeMap<String, toml::Value>,
    labels: BTreeMap<String, toml::Value>,
}

/// A Rust `Bi` literal for a pair of HTML strings.
fn bi((ja, en): (String, String)) -> String {
    format!("Bi {{ ja: {}, en: {} }}", lit(&ja), lit(&en))
}

/// The file being compiled, what it refers to, and where its problems go.
struct Ctx<'a> {
    file: String,
    glossary: &'a Glossary,
    sources: &'a Sources,
    problems: &'a mut Problems,
}

impl Ctx<'_> {
    /// Checks a `_ja`/`_en` pair of prose and returns it as HTML (escaped text, live
    /// glossary terms), one string per language.
    fn rich(&mut self, entry: &str, field: &str, ja: &str, en: &str) -> (String, String) {
        let mut side = |lang: &str, s: &str, ok: bool| -> String {
            let name = format!("{field}_{lang}");
            if !ok {
                let what = if lang == "ja" { "Japanese" } else { "English" };
                self.problems
                    .push(&self.file, entry, &name, format!("missing or not {what}"));
            }
            match markup::check(s, self.glossary) {
                Ok(p) => markup::rich(&p, self.glossary, lang),
                Err(e) => {
                    self.problems.push(&self.file, entry, &name, e);
                    String::new()
                }
            }
        };
        let j = side("ja", ja, looks_japanese(ja));
        let e = side("en", en, looks_english(en));
        (j, e)
    }

    /// Checks a `_ja`/`_en` pair of plain text (right languages, no markup).
    fn check_plain(&mut self, entry: &str, field: &str, ja: &str, en: &str) {
        if !looks_japanese(ja) {
            self.problems.push(
                &self.file,
                entry,
                &format!("{field}_ja"),
                "missing or not Japanese",
            );
        }
        if !looks_english(en) {
            self.problems.push(
                &self.file,
                entry,
                &format!("{field}_en"),
                "missing or not English",
            );
        }
        for (lang, s) in [("ja", ja), ("en", en)] {
            if s.contains("[[") {
                self.problems.push(
                    &self.file,
                    entry,
                    &format!("{field}_{lang}"),
                    "glossary markup is not allowed here",
                );
            }
        }
    }

    /// Checks a pair of plain text and returns it as a Rust `Bi` literal.
    fn plain(&mut self, entry: &str, field: &str, ja: &str, en: &str) -> String {
        self.check_plain(entry, field, ja, en);
        format!("Bi {{ ja: {}, en: {} }}", lit(ja), lit(en))
    }

    fn rich_list(
        &mut self,
        entry: &str,
        field: &str,
        ja: &[String],
        en: &[String],
    ) -> Vec<(String, String)> {
        if ja.len() != en.len() {
            self.problems.push(
                &self.file,
                entry,
                field,
                format!(
                    "{field}_ja has {} items but {field}_en has {}",
                    ja.len(),
                    en.len()
                ),
            );
        }
        ja.iter()
            .zip(en)
            .map(|(j, e)| self.rich(entry, field, j, e))
            .collect()
    }

    /// A `_ja`/`_en` pair of the `[labels]` table (checked there), for HTML.
    fn label(labels: &BTreeMap<String, toml::Value>, key: &str) -> (String, String) {
        let get = |lang: &str| {
            labels
                .get(&format!("{key}_{lang}"))
                .and_then(toml::Value::as_str)
                .map(markup::escape)
                .unwrap_or_default()
        };
        (get("ja"), get("en"))
    }

    fn source(&mut self, entry: &str, id: &str) {
        self.source_in(entry, "source", id);
    }

    fn source_in(&mut self, entry: &str, field: &str, id: &str) {
        if self.sources.index_of(id).is_none() {
            self.problems.push(
                &self.file,
                entry,
                field,
                format!("unknown source id \"{id}\""),
            );
        }
    }

    /// `[model]` or `[labels]`: `x_ja`/`x_en` pairs become `pub static X: Bi` (or
    /// `&[Bi]` for arrays); other keys (numbers, booleans) become constants.
    fn table(&mut self, entry: &str, table: &BTreeMap<String, toml::Value>, out: &mut String) {
        for (key, value) in table {
            let name = key.to_ascii_uppercase();
            if let Some(base) = key.strip_suffix("_ja") {
                let en = table.get(&format!("{base}_en"));
                let name = base.to_ascii_uppercase();
                match (value, en) {
                    (toml::Value::String(j), Some(toml::Value::String(e))) => {
                        let bi = self.plain(entry, base, j, e);
                        out.push_str(&doc(entry, base));
                        out.push_str(&format!("    pub static {name}: Bi = {bi};\n"));
                    }
                    (toml::Value::Array(j), Some(toml::Value::Array(e))) if j.len() == e.len() => {
                        let items: Vec<String> = j
                            .iter()
                            .zip(e)
                            .map(|(j, e)| {
                                self.plain(
                                    entry,
                                    base,
                                    j.as_str().unwrap_or(""),
                                    e.as_str().unwrap_or(""),
                                )
                            })
                            .collect();
                        out.push_str(&doc(entry, base));
                        out.push_str(&format!(
                            "    pub static {name}: &[Bi] = &[{}];\n",
                            items.join(", ")
                        ));
                    }
                    _ => self.problems.push(
                        &self.file,
                        entry,
                        key,
                        format!("needs a matching `{base}_en` of the same shape"),
                    ),
                }
            } else if key.ends_with("_en") {
                if !table.contains_key(&format!("{}_ja", key.trim_end_matches("_en"))) {
                    self.problems
                        .push(&self.file, entry, key, "has no matching `_ja` field");
                }
            } else if key == "source" {
                self.source(entry, value.as_str().unwrap_or(""));
            } else {
                out.push_str(&doc(entry, key));
                match value {
                    toml::Value::Float(f) => {
                        out.push_str(&format!("    pub const {name}: f64 = {f:?};\n"))
                    }
                    toml::Value::Integer(i) => {
                        out.push_str(&format!("    pub const {name}: i64 = {i};\n"))
                    }
                    toml::Value::Boolean(b) => {
                        out.push_str(&format!("    pub const {name}: bool = {b};\n"))
                    }
                    _ => self.problems.push(
                        &self.file,
                        entry,
                        key,
                        "expected a number, a boolean, or a _ja/_en pair",
                    ),
                }
            }
        }
    }
}

/// The doc comment of a generated item: where its value comes from.
fn doc(entry: &str, key: &str) -> String {
    format!("    /// `{key}` of `{entry}` in widgets/deterrence-slider/content.toml.\n")
}

/// Reads, checks and compiles the slider content. Appends Rust items to `out`.
pub fn load_and_emit(
    path: &Path,
    glossary: &Glossary,
    sources: &Sources,
    problems: &mut Problems,
    out: &mut String,
) {
    let Some(file) = read_toml::<SliderFile>(path, problems) else {
        return;
    };
    let mut cx = Ctx {
        file: path.display().to_string(),
        glossary,
        sources,
        problems,
    };

    // Zones: the model's ids, in order, tiling 0..=100.
    let ids: Vec<&str> = file.zone.iter().map(|z| z.id.as_str()).collect();
    if ids != ZONE_IDS {
        cx.problems.push(
            &cx.file,
            "zones",
            "id",
            format!("zones must be, in order: {}", ZONE_IDS.join(", ")),
        );
    }
    let mut next = 0u16;
    out.push_str("/// The slider's zones along the axis, in order.\npub static SLIDER_ZONES: &[SliderZone] = &[\n");
    for z in &file.zone {
        let entry = format!("zone \"{}\"", z.id);
        if u16::from(z.min) != next || z.max < z.min || z.max > 100 {
            cx.problems.push(
                &cx.file,
                &entry,
                "min",
                format!("zones must tile 0..=100 without gaps: expected min = {next}"),
            );
        }
        next = u16::from(z.max) + 1;
        cx.source(&entry, &z.source);
        let name = cx.plain(&entry, "name", &z.name_ja, &z.name_en);
        let vt = cx.plain(&entry, "value_text", &z.value_text_ja, &z.value_text_en);
        let ex = bi(cx.rich(&entry, "explanation", &z.explanation_ja, &z.explanation_en));
        out.push_str(&format!(
            "    SliderZone {{ id: {}, min: {}, max: {}, name: {name}, value_text: {vt}, explanation: {ex} }},\n",
            lit(&z.id),
            z.min,
            z.max
        ));
    }
    out.push_str("];\n");
    if next != 101 {
        cx.problems
            .push(&cx.file, "zones", "max", "the last zone must end at 100");
    }

    let out_ids: Vec<&str> = file.output.iter().map(|o| o.id.as_str()).collect();
    if out_ids != OUTPUT_IDS {
        cx.problems.push(
            &cx.file,
            "outputs",
            "id",
            format!("outputs must be, in order: {}", OUTPUT_IDS.join(", ")),
        );
    }
    out.push_str("/// The four gauges, in order: spiral, exploitation, appeasement, overall.\npub static SLIDER_OUTPUTS: &[SliderOutput] = &[\n");
    for o in &file.output {
        let entry = format!("output \"{}\"", o.id);
        cx.source(&entry, &o.source);
        let label = cx.plain(&entry, "label", &o.label_ja, &o.label_en);
        let help = bi(cx.rich(&entry, "help", &o.help_ja, &o.help_en));
        out.push_str(&format!(
            "    SliderOutput {{ id: {}, label: {label}, help: {help} }},\n",
            lit(&o.id)
        ));
    }
    out.push_str("];\n");

    if file.example.len() > 64 {
        cx.problems.push(
            &cx.file,
            "examples",
            "",
            "at most 64 examples (the widget tracks them as a 64-bit set)",
        );
    }
    let mut seen = std::collections::BTreeSet::new();
    out.push_str("/// Examples from seed 004, each shown over a range of the axis.\npub static SLIDER_EXAMPLES: &[SliderExample] = &[\n");
    for e in &file.example {
        let entry = format!("example \"{}\"", e.id);
        if !is_kebab_id(&e.id) || !seen.insert(e.id.clone()) {
            cx.problems
                .push(&cx.file, &entry, "id", "must be a unique kebab-case id");
        }
        if e.min > e.max || e.max > 100 {
            cx.problems
                .push(&cx.file, &entry, "min", "needs 0 <= min <= max <= 100");
        }
        if !KINDS.contains(&e.kind.as_str()) {
            cx.problems.push(
                &cx.file,
                &entry,
                "kind",
                format!("must be one of {}", KINDS.join(", ")),
            );
        }
        cx.source(&entry, &e.source);
        for id in &e.also_sources {
            cx.source_in(&entry, "also_sources", id);
        }
        cx.check_plain(&entry, "title", &e.title_ja, &e.title_en);
        let body = cx.rich(&entry, "body", &e.body_ja, &e.body_en);
        let lists = [
            ("us_heading", cx.rich_list(&entry, "us", &e.us_ja, &e.us_en)),
            (
                "china_heading",
                cx.rich_list(&entry, "china", &e.china_ja, &e.china_en),
            ),
            (
                "both_heading",
                cx.rich_list(&entry, "both", &e.both_ja, &e.both_en),
            ),
        ];
        let kind = Ctx::label(&file.labels, &format!("kind_{}", e.kind.replace('-', "_")));
        let html = |ja: bool| {
            let pick = |pair: &(String, String)| if ja { pair.0.clone() } else { pair.1.clone() };
            let mut h = format!(
                "<li class=\"ds-example\" data-kind=\"{}\" data-testid=\"slider-example\" data-id=\"{}\"><details><summary><span class=\"ds-kind\">{}</span>{}</summary><p>{}</p>",
                markup::escape(&e.kind),
                markup::escape(&e.id),
                pick(&kind),
                markup::escape(if ja { &e.title_ja } else { &e.title_en }),
                pick(&body)
            );
            for (heading, items) in &lists {
                if items.is_empty() {
                    continue;
                }
                h.push_str(&format!(
                    "<div class=\"ds-recs\"><p class=\"ds-recs-h\">{}</p><ul>",
                    pick(&Ctx::label(&file.labels, heading))
                ));
                for item in items {
                    h.push_str(&format!("<li>{}</li>", pick(item)));
                }
                h.push_str("</ul></div>");
            }
            h.push_str("</details></li>");
            h
        };
        out.push_str(&format!(
            "    SliderExample {{ id: {}, min: {}, max: {}, html: Bi {{ ja: {}, en: {} }} }},\n",
            lit(&e.id),
            e.min,
            e.max,
            lit(&html(true)),
            lit(&html(false))
        ));
    }
    out.push_str("];\n");

    out.push_str("/// The model's reader-facing description and its controls' defaults.\npub mod slider_model {\n    use super::Bi;\n");
    cx.table("[model]", &file.model, out);
    out.push_str("}\n/// The slider widget's interface words.\npub mod slider_labels {\n    use super::Bi;\n");
    cx.table("[labels]", &file.labels, out);
    out.push_str("}\n");
}
