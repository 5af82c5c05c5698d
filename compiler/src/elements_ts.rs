//! The elements' TypeScript declarations, generated from `widgets/*/widget.toml`
//! ([`crate::elements`]) into the marked block of `types/index.d.ts` (between
//! [`START`] and [`END`]; the rest of the file, the shared attributes, the listener
//! helpers and the framework maps, is written by hand): the id types the content owns,
//! each element's attributes, properties and events, the event details, the
//! `ExplainerElements` table the framework declarations map over and the tags of
//! `HTMLElementTagNameMap`. The `elements-types` command writes it (`--check`: fails
//! when the committed file is stale; `make lint` runs it).

use std::path::Path;

use crate::elements::{Element, READY_EVENT, READY_SUMMARY};
use crate::public_ids::PublicIds;

/// The line the generated block starts after.
pub const START: &str = "// @generated elements:start";
/// The line the generated block ends before.
pub const END: &str = "// @generated elements:end";
/// The file, relative to the repository.
pub const FILE: &str = "types/index.d.ts";

/// `glossary-term` → `GlossaryTerm`.
pub(crate) fn pascal(name: &str) -> String {
    name.split('-')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                .unwrap_or_default()
        })
        .collect()
}

/// A one-line doc comment (no `*/` inside).
fn doc(indent: &str, text: &str) -> String {
    format!("{indent}/** {} */\n", text.replace("*/", "* /"))
}

/// A union of string literals.
fn union(ids: &[&str]) -> String {
    ids.iter()
        .map(|id| format!("{id:?}"))
        .collect::<Vec<_>>()
        .join(" | ")
}

/// The generated block (without the marker lines): `ids` are the content's
/// ([`crate::public_ids`]).
pub fn typescript(elements: &[Element], ids: &PublicIds) -> String {
    let mut out = String::from(
        "// From widgets/*/widget.toml and the content's ids, by the content compiler\n\
         // (`cargo run -p explainers-compiler --bin elements-types`). Do not edit this block.\n\n",
    );
    // The languages and the attributes every element takes.
    let langs: Vec<String> = crate::data::LANGS
        .iter()
        .map(|l| format!("{l:?}"))
        .collect();
    out.push_str(&doc(
        "",
        "A language the widgets are written in (`LANGS` in `compiler/src/data.rs`); any other falls back.",
    ));
    out.push_str(&format!(
        "export type ExplainerLang = {} | (string & {{}});\n\n",
        langs.join(" | ")
    ));
    out.push_str(&doc("", "Attributes every element takes."));
    out.push_str("export interface ExplainerAttributes {\n");
    for (name, ts, summary) in crate::elements::shared_attributes() {
        out.push_str(&doc("  ", &summary));
        out.push_str(&format!("  {name}?: {ts};\n"));
    }
    out.push_str("}\n\n");
    let files = [
        "`widgets/hotspot-map/hotspots.toml`",
        "`widgets/deterrence-slider/content.toml`",
        "`widgets/hotspot-map/layers.toml`",
    ];
    let what = [
        "A hotspot of the map",
        "A zone of the slider's axis",
        "A layer of the map",
    ];
    for (((name, list), file), what) in ids.named().into_iter().zip(files).zip(what) {
        out.push_str(&doc("", &format!("{what} ({file}).")));
        let list: Vec<&str> = list.iter().map(String::as_str).collect();
        out.push_str(&format!("export type {name} = {};\n", union(&list)));
    }
    out.push_str(&doc(
        "",
        "Layer ids separated by spaces (the `layers` attribute); empty: none.",
    ));
    out.push_str("export type LayerList = \"\" | LayerId | `${LayerId} ${string}`;\n\n");
    // Event details.
    for el in elements {
        for e in &el.event {
            out.push_str(&doc("", &format!("`{}`: {}", e.name, e.summary)));
            out.push_str(&format!("export interface {}Detail {{\n", pascal(&e.name)));
            for d in &e.detail {
                out.push_str(&format!("  {}: {};\n", d.name, d.kind));
            }
            out.push_str("}\n");
        }
    }
    // Attributes.
    for el in elements {
        out.push('\n');
        out.push_str(&doc("", &format!("`<{}>`'s attributes.", el.tag)));
        out.push_str(&format!(
            "export interface {}Attributes extends ExplainerAttributes {{\n",
            pascal(&el.tag)
        ));
        for a in &el.attribute {
            let summary = match &a.alias_of {
                Some(target) => format!("@deprecated {} Use `{target}`.", a.summary),
                None => a.summary.clone(),
            };
            out.push_str(&doc("  ", &summary));
            out.push_str(&format!(
                "  {}?: {};\n",
                a.name,
                a.ts.as_deref().unwrap_or("string")
            ));
        }
        out.push_str("}\n");
    }
    // Events, by name.
    out.push_str("\n/** The events the elements fire (bubbling, composed), by name. */\nexport interface ExplainerEventMap {\n");
    out.push_str(&doc("  ", READY_SUMMARY));
    out.push_str(&format!("  {READY_EVENT:?}: CustomEvent<null>;\n"));
    for el in elements {
        for e in &el.event {
            out.push_str(&format!(
                "  {:?}: CustomEvent<{}Detail>;\n",
                e.name,
                pascal(&e.name)
            ));
        }
    }
    out.push_str("}\n\n");
    // The table the framework declarations map over: an element's events are its
    // widget's (a scope's terms fire theirs inside it, and they bubble).
    out.push_str(
        "/**\n * Each element by tag: its attributes (what a JSX declaration accepts) and the events\n * fired on it besides `explainer-ready` (its widget's: a scope's terms fire theirs\n * inside it, and they bubble). The framework declarations (react, preact, solid, astro)\n * map over this; `HTMLElementTagNameMap` gives each tag's element type.\n */\nexport interface ExplainerElements {\n",
    );
    for el in elements {
        let events: Vec<String> = elements
            .iter()
            .filter(|o| o.widget == el.widget)
            .flat_map(|o| o.event.iter().map(|e| format!("{:?}", e.name)))
            .collect();
        let events = if events.is_empty() {
            "never".to_owned()
        } else {
            events.join(" | ")
        };
        out.push_str(&format!(
            "  {:?}: {{ attributes: {}Attributes; events: {events} }};\n",
            el.tag,
            pascal(&el.tag)
        ));
    }
    out.push_str("}\n");
    // The element types.
    for el in elements {
        out.push('\n');
        out.push_str(&doc("", &format!("`<{}>`: {}", el.tag, el.summary)));
        out.push_str(&format!(
            "export interface {}Element extends ExplainerElementBase {{",
            pascal(&el.tag)
        ));
        if el.property.is_empty() {
            out.push_str("}\n");
            continue;
        }
        out.push('\n');
        for p in &el.property {
            out.push_str(&doc("  ", &p.summary));
            let readonly = if p.reflects.is_none() {
                "readonly "
            } else {
                ""
            };
            out.push_str(&format!(
                "  {readonly}{}: {};\n",
                p.name,
                p.ts.as_deref().unwrap_or(&p.kind)
            ));
        }
        out.push_str("}\n");
    }
    out.push_str("\ndeclare global {\n  interface HTMLElementTagNameMap {\n");
    for el in elements {
        out.push_str(&format!("    {:?}: {}Element;\n", el.tag, pascal(&el.tag)));
    }
    out.push_str("  }\n}\n");
    out
}

/// `text` with its generated block replaced by `block`, or why not.
pub fn splice(text: &str, block: &str) -> Result<String, String> {
    splice_between(text, START, END, block)
}

/// `text` with the lines between the line that holds `start` and the line that begins
/// with `end` replaced by `block`, or why not.
pub fn splice_between(text: &str, start: &str, end: &str, block: &str) -> Result<String, String> {
    let (Some(i), Some(j)) = (text.find(start), text.find(end)) else {
        return Err(format!("markers {start} … {end} not found"));
    };
    let Some(start_end) = text.get(i..).and_then(|t| t.find('\n')).map(|n| i + n + 1) else {
        return Err(format!("{start} ends the file"));
    };
    if j < start_end {
        return Err(format!("{end} comes before {start}"));
    }
    let (Some(head), Some(tail)) = (text.get(..start_end), text.get(j..)) else {
        return Err("markers not found".into());
    };
    Ok(format!("{head}{block}{tail}"))
}

/// The `elements-types` command on the repository at `root`: rewrites the generated
/// block of `types/index.d.ts` (when it changed), or with `check` leaves it alone and
/// fails when it is stale. Returns the line to print on success.
pub fn run(root: &Path, check: bool) -> Result<String, String> {
    let mut problems = crate::error::Problems::default();
    let elements = crate::elements::load(&root.join("widgets"), &mut problems);
    let ids = crate::public_ids::read(&root.join("widgets"), &mut problems);
    problems.into_result().map_err(|p| p.to_string())?;
    crate::generated_file::update(
        "elements-types",
        &root.join(FILE),
        check,
        |text| splice(text, &typescript(&elements, &ids)),
        |_, _| "the elements' declarations".into(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_blocks() {
        assert_eq!(pascal("deterrence-change"), "DeterrenceChange");
        let text = format!("a\n{START} x\nold\n{END}\nb\n");
        assert_eq!(
            splice(&text, "new\n").as_deref(),
            Ok(format!("a\n{START} x\nnew\n{END}\nb\n").as_str())
        );
        assert!(splice("no markers", "x").is_err());
    }

    /// The committed `types/index.d.ts` is what widget.toml generates (what `make lint`
    /// checks); a changed widget.toml makes it stale.
    #[test]
    fn the_committed_declarations_are_up_to_date() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        assert_eq!(run(&root, true).map(|_| ()), Ok(()));
        let mut problems = crate::error::Problems::default();
        let mut elements = crate::elements::load(&root.join("widgets"), &mut problems);
        let text = std::fs::read_to_string(root.join(FILE)).unwrap_or_default();
        assert!(text.contains(
            "\"hotspot-map\": { attributes: HotspotMapAttributes; events: \"hotspot-select\" | \"layers-change\" };"
        ));
        assert!(text.contains("\"glossary-scope\": { attributes: GlossaryScopeAttributes; events: \"glossary-open\" };"));
        if let Some(e) = elements.first_mut() {
            e.summary.push_str(" Changed.");
        }
        let ids = crate::public_ids::read(&root.join("widgets"), &mut problems);
        assert_ne!(splice(&text, &typescript(&elements, &ids)).ok(), Some(text));
    }
}
