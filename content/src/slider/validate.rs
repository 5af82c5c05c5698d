//! The slider's validate stage: the parsed file ([`super::schema`]) becomes checked
//! values (prose as checked pieces, the tables as typed items), and every problem is
//! recorded with its file, entry and field, in the order of the file.

use std::collections::BTreeSet;

use super::check::Ctx;
use super::schema::{Example, Output, SliderFile, Zone};
use super::table::{self, Item};
use super::{KINDS, OUTPUT_IDS, ZONE_IDS};
use crate::markup::Prose;
use crate::text::is_kebab_id;

/// A zone, checked.
pub(crate) struct CheckedZone<'a> {
    /// The entry.
    pub(crate) zone: &'a Zone,
    /// Its explanation.
    pub(crate) explanation: Prose,
}

/// A gauge, checked.
pub(crate) struct CheckedOutput<'a> {
    /// The entry.
    pub(crate) output: &'a Output,
    /// Its help text.
    pub(crate) help: Prose,
}

/// An example, checked.
pub(crate) struct CheckedExample<'a> {
    /// The entry.
    pub(crate) example: &'a Example,
    /// Its body.
    pub(crate) body: Prose,
    /// The recommendations for the United States, China and both.
    pub(crate) lists: [Vec<Prose>; 3],
}

/// The slider's content, checked: everything the render and emit stages read.
pub(crate) struct CheckedSlider<'a> {
    /// The zones, in order.
    pub(crate) zones: Vec<CheckedZone<'a>>,
    /// The gauges, in order.
    pub(crate) outputs: Vec<CheckedOutput<'a>>,
    /// The examples, in order.
    pub(crate) examples: Vec<CheckedExample<'a>>,
    /// `[model]`.
    pub(crate) model: Vec<Item>,
}

/// Checks the whole file; problems go to `cx`.
pub(crate) fn validate<'a>(cx: &mut Ctx, file: &'a SliderFile) -> CheckedSlider<'a> {
    let zones = zones(cx, file);
    let outputs = outputs(cx, file);
    let examples = examples(cx, file);
    let model = table::check(cx, "[model]", &file.model);
    CheckedSlider {
        zones,
        outputs,
        examples,
        model,
    }
}

/// Zones: the model's ids, in order, tiling 0..=100.
fn zones<'a>(cx: &mut Ctx, file: &'a SliderFile) -> Vec<CheckedZone<'a>> {
    let ids: Vec<&str> = file.zone.iter().map(|z| z.id.as_str()).collect();
    if ids != ZONE_IDS {
        cx.bad(
            "zones",
            "id",
            format!("zones must be, in order: {}", ZONE_IDS.join(", ")),
        );
    }
    let mut next = 0u16;
    let mut out = Vec::new();
    for z in &file.zone {
        let entry = format!("zone \"{}\"", z.id);
        if u16::from(z.min) != next || z.max < z.min || z.max > 100 {
            cx.bad(
                &entry,
                "min",
                format!("zones must tile 0..=100 without gaps: expected min = {next}"),
            );
        }
        next = u16::from(z.max) + 1;
        cx.source(&entry, &z.source);
        cx.plain(&entry, "name", &z.name_ja, &z.name_en);
        cx.plain(&entry, "value_text", &z.value_text_ja, &z.value_text_en);
        let explanation = cx.prose(&entry, "explanation", &z.explanation_ja, &z.explanation_en);
        out.push(CheckedZone {
            zone: z,
            explanation,
        });
    }
    if next != 101 {
        cx.bad("zones", "max", "the last zone must end at 100");
    }
    out
}

/// Gauges: the widget's ids, in order, each with a label, help and a source.
fn outputs<'a>(cx: &mut Ctx, file: &'a SliderFile) -> Vec<CheckedOutput<'a>> {
    let ids: Vec<&str> = file.output.iter().map(|o| o.id.as_str()).collect();
    if ids != OUTPUT_IDS {
        cx.bad(
            "outputs",
            "id",
            format!("outputs must be, in order: {}", OUTPUT_IDS.join(", ")),
        );
    }
    let mut out = Vec::new();
    for o in &file.output {
        let entry = format!("output \"{}\"", o.id);
        cx.source(&entry, &o.source);
        cx.plain(&entry, "label", &o.label_ja, &o.label_en);
        let help = cx.prose(&entry, "help", &o.help_ja, &o.help_en);
        out.push(CheckedOutput { output: o, help });
    }
    out
}

/// Examples: at most 64, unique ids, a range on the axis, a known kind, sources, a
/// title, a body and the recommendation lists.
fn examples<'a>(cx: &mut Ctx, file: &'a SliderFile) -> Vec<CheckedExample<'a>> {
    if file.example.len() > 64 {
        cx.bad(
            "examples",
            "",
            "at most 64 examples (the widget tracks them as a 64-bit set)",
        );
    }
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    for e in &file.example {
        let entry = format!("example \"{}\"", e.id);
        if !is_kebab_id(&e.id) || !seen.insert(e.id.clone()) {
            cx.bad(&entry, "id", "must be a unique kebab-case id");
        }
        if e.min > e.max || e.max > 100 {
            cx.bad(&entry, "min", "needs 0 <= min <= max <= 100");
        }
        if !KINDS.contains(&e.kind.as_str()) {
            cx.bad(
                &entry,
                "kind",
                format!("must be one of {}", KINDS.join(", ")),
            );
        }
        cx.source(&entry, &e.source);
        for id in &e.also_sources {
            cx.source_in(&entry, "also_sources", id);
        }
        cx.plain(&entry, "title", &e.title_ja, &e.title_en);
        let body = cx.prose(&entry, "body", &e.body_ja, &e.body_en);
        let lists = [
            cx.prose_list(&entry, "us", &e.us_ja, &e.us_en),
            cx.prose_list(&entry, "china", &e.china_ja, &e.china_en),
            cx.prose_list(&entry, "both", &e.both_ja, &e.both_en),
        ];
        out.push(CheckedExample {
            example: e,
            body,
            lists,
        });
    }
    out
}
