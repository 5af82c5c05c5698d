//! The slider's validate stage: the parsed file ([`super::schema`]) becomes checked
//! values (prose as checked pieces, the tables as typed items), every claim is checked
//! ([`crate::claims::Checker`]), and every problem is recorded with its file, entry and
//! field, in the order of the file.

use std::collections::{BTreeMap, BTreeSet};

use super::check::Ctx;
use super::schema::{Example, Output, SliderFile, Zone};
use super::table::{self, Item, EVIDENCE};
use super::{KINDS, OUTPUT_IDS};
use crate::claims::Evidence;
use crate::claims::{self, Claim};
use crate::markup::Prose;
use crate::text::is_kebab_id;

/// The owner of `[model]`'s claims (`model/how`, …).
pub(crate) const MODEL_OWNER: &str = "model";

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
    model_evidence(cx, file, &model);
    CheckedSlider {
        zones,
        outputs,
        examples,
        model,
    }
}

/// Zones: at least one, unique kebab-case ids (public: the `zone` of
/// `deterrence-change`, recorded in the contract lock), tiling 0..=100 in order.
fn zones<'a>(cx: &mut Ctx, file: &'a SliderFile) -> Vec<CheckedZone<'a>> {
    if file.zone.is_empty() {
        cx.bad("zones", "id", "the axis needs at least one [[zone]]");
    }
    let mut seen = BTreeSet::new();
    let mut next = 0u16;
    let mut out = Vec::new();
    for z in &file.zone {
        let entry = format!("zone \"{}\"", z.id);
        // It also names a variant of the generated `Zone`: it starts with a letter.
        let starts = z.id.starts_with(|c: char| c.is_ascii_lowercase());
        if !is_kebab_id(&z.id) || !starts || !seen.insert(z.id.as_str()) {
            cx.bad(
                &entry,
                "id",
                "must be a unique kebab-case id starting with a letter",
            );
        }
        if u16::from(z.min) != next || z.max < z.min || z.max > 100 {
            cx.bad(
                &entry,
                "min",
                format!("zones must tile 0..=100 without gaps: expected min = {next}"),
            );
        }
        next = u16::from(z.max) + 1;
        cx.plain(&entry, "name", &z.name_ja, &z.name_en);
        cx.plain(&entry, "value_text", &z.value_text_ja, &z.value_text_en);
        let explanation = claim_prose(cx, &z.claims, &z.id, &entry);
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

/// A zone's or an example's sentences: at least one claim, each checked, and their text
/// joined as readers see it, checked as prose (field `claim`).
fn claim_prose(cx: &mut Ctx, list: &[Claim], owner: &str, entry: &str) -> Prose {
    if list.is_empty() {
        cx.bad(
            entry,
            "claim",
            "the text is made of claims: write at least one [[…claim]] with id, kind, cite, checked, ja, en",
        );
    }
    for c in list {
        cx.claim(c, owner, entry);
    }
    cx.prose(
        entry,
        "claim",
        &claims::joined(list, "ja"),
        &claims::joined(list, "en"),
    )
}

/// Gauges: the model's outputs, in order, each with a label and its help as one claim.
fn outputs<'a>(cx: &mut Ctx, file: &'a SliderFile) -> Vec<CheckedOutput<'a>> {
    let ids: Vec<&str> = file.output.iter().map(|o| o.id.as_str()).collect();
    if ids != OUTPUT_IDS {
        cx.bad(
            "outputs",
            "id",
            format!(
                "outputs must be the model's, in order: {}",
                OUTPUT_IDS.join(", ")
            ),
        );
    }
    let mut out = Vec::new();
    for o in &file.output {
        let entry = format!("output \"{}\"", o.id);
        cx.plain(&entry, "label", &o.label_ja, &o.label_en);
        cx.claim(&o.help, &o.id, &entry);
        let help = cx.prose(&entry, "help", &o.help.ja, &o.help.en);
        out.push(CheckedOutput { output: o, help });
    }
    out
}

/// Examples: at most 64, unique ids, a range on the axis, a known kind, a title, a body
/// made of claims, the recommendation lists, and the claim fields of the title and lists.
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
        cx.plain(&entry, "title", &e.title_ja, &e.title_en);
        let body = claim_prose(cx, &e.claims, &e.id, &entry);
        let lists = [
            cx.prose_list(&entry, "us", &e.us_ja, &e.us_en),
            cx.prose_list(&entry, "china", &e.china_ja, &e.china_en),
            cx.prose_list(&entry, "both", &e.both_ja, &e.both_en),
        ];
        cx.claim(&e.evidence_claim(), &e.id, &entry);
        out.push(CheckedExample {
            example: e,
            body,
            lists,
        });
    }
    out
}

/// `[model.evidence.<key>]`: the claim fields of `[model]`'s lists and help texts. Every
/// list and every `*_help` text needs them (under its key without `_ja`/`_en`: `how`,
/// `misperception_help`); each becomes one claim (owner `model`) of its words, joined.
/// Labels and headings are interface words and need none.
fn model_evidence(cx: &mut Ctx, file: &SliderFile, items: &[Item]) {
    let entry = "[model]";
    let table: BTreeMap<String, Evidence> = match file.model.get(EVIDENCE) {
        None => BTreeMap::new(),
        Some(v) => match v.clone().try_into() {
            Ok(t) => t,
            Err(e) => {
                cx.bad(
                    entry,
                    EVIDENCE,
                    format!("each `[model.evidence.<key>]` holds id, kind, cite, checked (and recheck_by): {e}"),
                );
                return;
            }
        },
    };
    let mut covered = BTreeSet::new();
    for item in items {
        let (key, ja, en) = match item {
            Item::Text(name, (ja, en)) if name.ends_with("_HELP") => {
                (name.to_ascii_lowercase(), ja.clone(), en.clone())
            }
            Item::List(name, list) => (
                name.to_ascii_lowercase(),
                list.iter().map(|(j, _)| j.as_str()).collect::<String>(),
                list.iter()
                    .map(|(_, e)| e.as_str())
                    .collect::<Vec<_>>()
                    .join(" "),
            ),
            _ => continue,
        };
        match table.get(&key) {
            None => cx.bad(
                entry,
                &format!("{EVIDENCE}.{key}"),
                format!(
                    "`{key}` is displayed text: give it claim fields in [model.evidence.{key}]"
                ),
            ),
            Some(ev) => {
                covered.insert(key.clone());
                cx.claim(&ev.claim(ja, en), MODEL_OWNER, entry);
            }
        }
    }
    for key in table.keys().filter(|k| !covered.contains(*k)) {
        cx.bad(
            entry,
            &format!("{EVIDENCE}.{key}"),
            format!("no list or help text `{key}_ja`/`{key}_en` in [model] for these claim fields"),
        );
    }
}
