//! The elements as a standard Custom Elements Manifest (`custom-elements.json`, schema
//! version 2.1.0), generated from `widgets/*/widget.toml` ([`crate::elements`]) so that
//! editors, Storybook, lit-analyzer-style tools and documentation generators read the
//! same contract as the types and the loader. The package names it in `package.json`'s
//! `customElements` field. The `elements-manifest` command writes it (`--check`: fails
//! when the committed file is stale; `make lint` runs it); the e2e contract test
//! validates it against the published JSON Schema and compares it with the bundle.
//!
//! Types are the names `types/index.d.ts` declares (`HotspotId`, `ExplainerLang`, the
//! event details' interfaces), so the manifest repeats no list of values.

use std::path::Path;

use serde_json::{json, Value};

use crate::elements::{shared_attributes, Element, READY_EVENT, READY_SUMMARY};
use crate::elements_style::CssProperty;
use crate::elements_ts::pascal;

/// The file, relative to the repository.
pub const FILE: &str = "custom-elements.json";
/// The module that defines the elements (the package's one stable URL).
pub const MODULE: &str = "dist/explainers.js";

/// The class name a tag's declaration gets (`GlossaryTermElement`).
pub fn class_name(tag: &str) -> String {
    format!("{}Element", pascal(tag))
}

/// One element's declaration; `properties`: the custom properties every element reads.
fn declaration(e: &Element, properties: &[CssProperty]) -> Value {
    let mut attributes: Vec<Value> = shared_attributes()
        .iter()
        .map(|(name, ts, summary)| {
            json!({ "name": name, "type": { "text": ts }, "description": summary })
        })
        .collect();
    for a in &e.attribute {
        let mut v = json!({
            "name": a.name,
            "type": { "text": a.ts.as_deref().unwrap_or("string") },
            "description": a.summary,
        });
        if let Some(of) = &a.alias_of {
            v["deprecated"] = json!(format!(
                "an older name of `{of}`, which wins when both are set"
            ));
        }
        attributes.push(v);
    }
    let members: Vec<Value> = e
        .property
        .iter()
        .map(|p| {
            let ts = p.ts.clone().unwrap_or_else(|| format!("{} | null", p.kind));
            let mut v = json!({
                "kind": "field",
                "name": p.name,
                "type": { "text": ts },
                "description": p.summary,
            });
            match &p.reflects {
                Some(attribute) => v["attribute"] = json!(attribute),
                None => v["readonly"] = json!(true),
            }
            v
        })
        .collect();
    let ready = json!({
        "name": READY_EVENT,
        "type": { "text": "CustomEvent" },
        "description": READY_SUMMARY,
    });
    let events: Vec<Value> = std::iter::once(ready)
        .chain(e.event.iter().map(|ev| {
            let detail = if ev.detail.is_empty() {
                "CustomEvent".to_string()
            } else {
                format!("CustomEvent<{}Detail>", pascal(&ev.name))
            };
            json!({ "name": ev.name, "type": { "text": detail }, "description": ev.summary })
        }))
        .collect();
    json!({
        "kind": "class",
        "name": class_name(&e.tag),
        "tagName": e.tag,
        "customElement": true,
        "description": e.summary,
        "superclass": { "name": "HTMLElement" },
        "attributes": attributes,
        "members": members,
        "events": events,
        "cssParts": e.part.iter().map(|p| json!({ "name": p.name, "description": p.summary })).collect::<Vec<_>>(),
        "cssProperties": properties
            .iter()
            .map(|p| json!({ "name": p.name, "description": p.summary, "default": p.default }))
            .collect::<Vec<_>>(),
    })
}

/// The manifest of `elements`, each reading the custom `properties`.
pub fn manifest(elements: &[Element], properties: &[CssProperty]) -> Value {
    let declarations: Vec<Value> = elements
        .iter()
        .map(|e| declaration(e, properties))
        .collect();
    let exports: Vec<Value> = elements
        .iter()
        .map(|e| {
            json!({
                "kind": "custom-element-definition",
                "name": e.tag,
                "declaration": { "name": class_name(&e.tag), "module": MODULE },
            })
        })
        .collect();
    json!({
        "schemaVersion": "2.1.0",
        "readme": "README.md",
        "modules": [{
            "kind": "javascript-module",
            "path": MODULE,
            "declarations": declarations,
            "exports": exports,
        }],
    })
}

/// The manifest's text as written: two-space indented JSON and a final newline.
pub fn text(elements: &[Element], properties: &[CssProperty]) -> String {
    serde_json::to_string_pretty(&manifest(elements, properties)).unwrap_or_default() + "\n"
}

/// Writes (or with `check`, checks) `custom-elements.json` under `root`.
pub fn run(root: &Path, check: bool) -> Result<String, String> {
    let mut problems = crate::error::Problems::default();
    let elements = crate::elements::load(&root.join("widgets"), &mut problems);
    problems.into_result().map_err(|p| p.to_string())?;
    let properties = crate::elements_style::properties(root).map_err(|p| p.to_string())?;
    let path = root.join(FILE);
    if !path.exists() && !check {
        std::fs::write(&path, "").map_err(|e| format!("{}: {e}", path.display()))?;
    }
    crate::generated_file::update(
        "elements-manifest",
        &path,
        check,
        |_| Ok(text(&elements, &properties)),
        |_, _| "the elements' manifest".into(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn repo_properties() -> Vec<CssProperty> {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        crate::elements_style::properties(&root).unwrap_or_default()
    }

    fn repo_elements() -> Vec<Element> {
        let mut problems = crate::error::Problems::default();
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../widgets");
        crate::elements::load(&dir, &mut problems)
    }

    #[test]
    fn every_element_is_declared_and_exported_with_its_contract() {
        let elements = repo_elements();
        let m = manifest(&elements, &repo_properties());
        let module = &m["modules"][0];
        let declarations = module["declarations"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        assert_eq!(declarations.len(), elements.len());
        for (d, e) in declarations.iter().zip(&elements) {
            assert_eq!(d["tagName"], e.tag.as_str());
            assert_eq!(d["customElement"], true);
            let names: Vec<&str> = d["attributes"]
                .as_array()
                .map(|a| a.iter().filter_map(|x| x["name"].as_str()).collect())
                .unwrap_or_default();
            for shared in crate::elements::SHARED_ATTRIBUTES {
                assert!(names.contains(shared), "{}: {shared}", e.tag);
            }
            for a in &e.attribute {
                assert!(names.contains(&a.name.as_str()), "{}: {}", e.tag, a.name);
            }
            // Its own events, and the one every element fires.
            assert_eq!(
                d["events"].as_array().map(Vec::len),
                Some(e.event.len() + 1),
                "{}",
                e.tag
            );
            assert_eq!(d["events"][0]["name"], READY_EVENT, "{}", e.tag);
        }
        let exported: Vec<&str> = module["exports"]
            .as_array()
            .map(|a| a.iter().filter_map(|x| x["name"].as_str()).collect())
            .unwrap_or_default();
        let tags: Vec<&str> = elements.iter().map(|e| e.tag.as_str()).collect();
        assert_eq!(exported, tags);
    }

    #[test]
    fn an_alias_is_deprecated_and_a_read_only_property_says_so() {
        let m = manifest(&repo_elements(), &repo_properties());
        let text = m.to_string();
        // `selected` is the map's older name for `hotspot`.
        assert!(text.contains("an older name of `hotspot`"), "{text}");
        assert!(text.contains("\"readonly\":true"), "{text}");
        assert!(text.contains("CustomEvent<HotspotSelectDetail>"), "{text}");
    }

    #[test]
    fn parts_and_custom_properties_are_declared_per_element() {
        let m = manifest(&repo_elements(), &repo_properties());
        let declarations = m["modules"][0]["declarations"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        let term = declarations
            .iter()
            .find(|d| d["tagName"] == "glossary-term");
        let parts: Vec<&str> = term
            .and_then(|d| d["cssParts"].as_array())
            .map(|a| a.iter().filter_map(|p| p["name"].as_str()).collect())
            .unwrap_or_default();
        assert_eq!(parts, ["trigger", "popover"]);
        for d in &declarations {
            let accent = d["cssProperties"]
                .as_array()
                .and_then(|a| a.iter().find(|p| p["name"] == "--explainer-accent"));
            assert_eq!(
                accent.map(|p| p["default"].clone()),
                Some(json!("#1a56b8")),
                "{}",
                d["tagName"]
            );
        }
    }

    /// The committed file is what widget.toml generates (what `make lint` checks).
    #[test]
    fn the_committed_manifest_is_up_to_date() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let committed = std::fs::read_to_string(root.join(FILE)).unwrap_or_default();
        assert_eq!(committed, text(&repo_elements(), &repo_properties()));
    }
}
