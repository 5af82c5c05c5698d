//! The elements' reference tables in `docs/api.md`, generated from
//! `widgets/*/widget.toml` ([`crate::elements`]) into its marked block (between
//! [`START`] and [`END`]; the rest of the page, how the widgets behave, is written by
//! hand): the attributes, events and custom properties every element has, then each
//! element's own attributes, properties, events (with their `detail` fields and their
//! types) and CSS parts, and the value types the content owns. So the documented contract is the one the
//! types, the manifest and the runtime are generated from. The `elements-doc` command
//! writes it (`--check`: fails when the committed file is stale; `make lint` runs it).

use std::path::Path;

use crate::elements::{shared_attributes, Element, READY_EVENT, READY_SUMMARY};
use crate::elements_style::CssProperty;
use crate::elements_ts::splice_between;
use crate::public_ids::PublicIds;

/// The line the generated block starts after.
pub const START: &str = "<!-- @generated elements:start";
/// The line the generated block ends before.
pub const END: &str = "<!-- @generated elements:end";
/// The file, relative to the repository.
pub const FILE: &str = "docs/api.md";

/// `text` as a table cell: pipes escaped (GitHub tables split on them, even in code).
fn cell(text: &str) -> String {
    text.replace('|', "\\|")
}

/// A TypeScript type as a table cell, in code.
fn ts(t: &str) -> String {
    cell(&format!("`{t}`"))
}

/// A list of values as `` `a`, `b` ``.
fn ticked(ids: &[&str]) -> String {
    ids.iter()
        .map(|id| format!("`{id}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A table: its header cells, then its rows.
fn table(out: &mut String, header: &[&str], rows: &[Vec<String>]) {
    out.push_str(&format!("| {} |\n", header.join(" | ")));
    out.push_str(&format!("|{}\n", " --- |".repeat(header.len())));
    for row in rows {
        out.push_str(&format!("| {} |\n", row.join(" | ")));
    }
    out.push('\n');
}

/// One element's section.
fn element(out: &mut String, el: &Element) {
    out.push_str(&format!("### `<{}>`\n\n{}", el.tag, el.summary));
    if el.inline {
        out.push_str(" It stands inside a paragraph's text (phrasing content).");
    } else {
        out.push_str(" A block element, not part of a paragraph's text.");
    }
    out.push_str("\n\n");
    if !el.attribute.is_empty() {
        let rows: Vec<Vec<String>> = el
            .attribute
            .iter()
            .map(|a| {
                let mut what = a.summary.clone();
                if let Some(of) = &a.alias_of {
                    what.push_str(&format!(" Deprecated: `{of}` wins when both are set."));
                }
                if a.fetches {
                    what.push_str(
                        " A URL the widget fetches: a CMS should let only trusted authors set it.",
                    );
                }
                if let Some(f) = &a.feature {
                    what.push_str(&format!(" Using it loads a variant with `{f}`."));
                }
                vec![
                    format!("`{}`", a.name),
                    ts(a.ts.as_deref().unwrap_or("string")),
                    cell(&what),
                ]
            })
            .collect();
        table(out, &["attribute", "type", "what"], &rows);
    }
    if !el.property.is_empty() {
        let rows: Vec<Vec<String>> = el
            .property
            .iter()
            .map(|p| {
                let t = p.ts.clone().unwrap_or_else(|| format!("{} | null", p.kind));
                let setting = match &p.reflects {
                    Some(a) => format!("sets `{a}`"),
                    None => "read-only".to_owned(),
                };
                vec![
                    format!("`el.{}`", p.name),
                    ts(&t),
                    setting,
                    cell(&p.summary),
                ]
            })
            .collect();
        table(out, &["property", "type", "setting it", "what"], &rows);
    }
    if !el.event.is_empty() {
        let rows: Vec<Vec<String>> = el
            .event
            .iter()
            .map(|e| {
                let fields: Vec<String> = e
                    .detail
                    .iter()
                    .map(|d| format!("{}: {}", d.name, d.kind))
                    .collect();
                let detail = if fields.is_empty() {
                    "none".to_owned()
                } else {
                    ts(&format!("{{ {} }}", fields.join(", ")))
                };
                vec![format!("`{}`", e.name), detail, cell(&e.summary)]
            })
            .collect();
        table(out, &["event", "`detail`", "what"], &rows);
    }
    if !el.part.is_empty() {
        let rows: Vec<Vec<String>> = el
            .part
            .iter()
            .map(|p| vec![format!("`{}`", p.name), cell(&p.summary)])
            .collect();
        table(out, &["part (`::part()`)", "what"], &rows);
    }
}

/// The ids as string slices.
fn strs(v: &[String]) -> Vec<&str> {
    v.iter().map(String::as_str).collect()
}

/// The generated block (without the marker lines).
pub fn markdown(elements: &[Element], ids: &PublicIds, properties: &[CssProperty]) -> String {
    let mut out = String::from(
        "<!-- From widgets/*/widget.toml and the content's ids, by the content compiler\n\
         (`cargo run -p explainers-compiler --bin elements-doc`). Do not edit this block. -->\n\n",
    );
    out.push_str("### Every element\n\n");
    let rows: Vec<Vec<String>> = shared_attributes()
        .iter()
        .map(|(name, t, summary)| vec![format!("`{name}`"), ts(t), cell(summary)])
        .collect();
    table(&mut out, &["attribute", "type", "what"], &rows);
    table(
        &mut out,
        &["event", "`detail`", "what"],
        &[vec![
            format!("`{READY_EVENT}`"),
            "none".to_owned(),
            cell(READY_SUMMARY),
        ]],
    );
    let rows: Vec<Vec<String>> = properties
        .iter()
        .map(|p| {
            vec![
                format!("`{}`", p.name),
                cell(&format!("`{}`", p.default)),
                cell(&p.summary),
            ]
        })
        .collect();
    table(&mut out, &["custom property", "default", "what"], &rows);
    for el in elements {
        element(&mut out, el);
    }
    out.push_str("### Value types\n\n");
    let (hotspots, zones, layers) = (strs(&ids.hotspots), strs(&ids.zones), strs(&ids.layers));
    let rows = [
        vec![
            "`HotspotId`".to_owned(),
            ticked(&hotspots),
            "a hotspot of the map (`widgets/hotspot-map/hotspots.toml`)".to_owned(),
        ],
        vec![
            "`DeterrenceZone`".to_owned(),
            ticked(&zones),
            "a zone of the slider's axis (`widgets/deterrence-slider/content.toml`)".to_owned(),
        ],
        vec![
            "`LayerId`".to_owned(),
            ticked(&layers),
            "a layer of the map (`widgets/hotspot-map/layers.toml`)".to_owned(),
        ],
        vec![
            "`LayerList`".to_owned(),
            "`LayerId`s separated by spaces; `\"\"` for none".to_owned(),
            "the map's `layers`".to_owned(),
        ],
    ];
    table(&mut out, &["type", "values", "what"], &rows);
    out
}

/// The `elements-doc` command on the repository at `root`: rewrites the generated block
/// of `docs/api.md` (when it changed), or with `check` leaves it alone and fails when
/// it is stale. Returns the line to print on success.
pub fn run(root: &Path, check: bool) -> Result<String, String> {
    let mut problems = crate::error::Problems::default();
    let elements = crate::elements::load(&root.join("widgets"), &mut problems);
    let ids = crate::public_ids::read(&root.join("widgets"), &mut problems);
    problems.into_result().map_err(|p| p.to_string())?;
    let properties = crate::elements_style::properties(root).map_err(|p| p.to_string())?;
    crate::generated_file::update(
        "elements-doc",
        &root.join(FILE),
        check,
        |text| splice_between(text, START, END, &markdown(&elements, &ids, &properties)),
        |_, _| "the elements' reference tables".into(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pipes_in_cells_are_escaped() {
        assert_eq!(ts("HotspotId | null"), "`HotspotId \\| null`");
        assert_eq!(ticked(&["a", "b"]), "`a`, `b`");
    }

    /// The committed `docs/api.md` is what widget.toml generates (what `make lint`
    /// checks): every element, attribute, property and event is in it; a changed
    /// widget.toml makes it stale.
    #[test]
    fn the_committed_reference_is_up_to_date() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        assert_eq!(run(&root, true).map(|_| ()), Ok(()));
        let text = std::fs::read_to_string(root.join(FILE)).unwrap_or_default();
        let mut problems = crate::error::Problems::default();
        let mut elements = crate::elements::load(&root.join("widgets"), &mut problems);
        for el in &elements {
            assert!(text.contains(&format!("### `<{}>`", el.tag)), "{}", el.tag);
            for a in &el.attribute {
                assert!(text.contains(&format!("| `{}` |", a.name)), "{}", a.name);
            }
            for p in &el.property {
                assert!(text.contains(&format!("| `el.{}` |", p.name)), "{}", p.name);
            }
            for e in &el.event {
                assert!(text.contains(&format!("| `{}` |", e.name)), "{}", e.name);
            }
        }
        assert!(text.contains("`{ value: number, zone: DeterrenceZone, risk: number }`"));
        if let Some(e) = elements.first_mut() {
            e.summary.push_str(" Changed.");
        }
        let ids = crate::public_ids::read(&root.join("widgets"), &mut problems);
        let properties = crate::elements_style::properties(&root).unwrap_or_default();
        for p in &properties {
            assert!(text.contains(&format!("| `{}` |", p.name)), "{}", p.name);
        }
        assert!(text.contains("| `trigger` |"), "the term's parts");
        assert_ne!(
            splice_between(&text, START, END, &markdown(&elements, &ids, &properties)).ok(),
            Some(text)
        );
    }
}
