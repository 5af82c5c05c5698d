//! The elements as VS Code's HTML custom data (`vscode.html-custom-data.json`, format
//! version 1.1), generated from `widgets/*/widget.toml` like the Custom Elements Manifest,
//! so that an editor completes the tags and attributes, with their summaries, and the
//! values that are a closed set: `lang` (the content's languages), `theme` (the union
//! `ExplainerTheme` in `types/index.d.ts`, read from there) and the map's `hotspot` (the
//! content's ids). An author points VS Code's `html.customData` setting at the file in
//! the installed package. The `elements-vscode` command writes it (`--check` in
//! `make lint`).

use std::path::Path;

use serde_json::{json, Value};

use crate::elements::{Element, SHARED_ATTRIBUTES};
use crate::public_ids::PublicIds;

/// The file, relative to the repository.
pub const FILE: &str = "vscode.html-custom-data.json";
/// The declarations file whose `ExplainerTheme` union owns the themes.
const TYPES: &str = "types/index.d.ts";

/// The string literals of `export type NAME = "a" | "b";` in `ts` (empty when absent).
pub fn string_union(ts: &str, name: &str) -> Vec<String> {
    let head = format!("export type {name} = ");
    ts.lines()
        .find_map(|l| l.strip_prefix(&head))
        .map(|rhs| {
            rhs.trim_end_matches(';')
                .split(" | ")
                .filter_map(|p| p.strip_prefix('"')?.strip_suffix('"').map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

/// The values an attribute whose TypeScript type is `ts` may take, when a closed set.
fn values_of(ts: Option<&str>, ids: &PublicIds) -> Vec<String> {
    match ts {
        Some("HotspotId") => ids.hotspots.clone(),
        _ => Vec::new(),
    }
}

fn attribute(name: &str, description: &str, values: &[String]) -> Value {
    let mut v = json!({ "name": name, "description": description });
    if !values.is_empty() {
        v["values"] = values.iter().map(|n| json!({ "name": n })).collect();
    }
    v
}

/// The custom data of `elements`; `themes`: the `theme` attribute's values; `ids`: the
/// content's public ids (the map's `hotspot` values).
pub fn data(elements: &[Element], themes: &[String], ids: &PublicIds) -> Value {
    let langs: Vec<String> = crate::data::LANGS.iter().map(|l| l.to_string()).collect();
    let shared = [
        (
            SHARED_ATTRIBUTES[0],
            "The widget's language; default: the nearest ancestor's `lang`.",
            langs,
        ),
        (
            SHARED_ATTRIBUTES[1],
            "The colour scheme; `auto` follows the reader's setting.",
            themes.to_vec(),
        ),
    ];
    let tags: Vec<Value> = elements
        .iter()
        .map(|e| {
            let mut attributes: Vec<Value> =
                shared.iter().map(|(n, d, v)| attribute(n, d, v)).collect();
            for a in &e.attribute {
                let values = values_of(a.ts.as_deref(), ids);
                attributes.push(attribute(&a.name, &a.summary, &values));
            }
            json!({ "name": e.tag, "description": e.summary, "attributes": attributes })
        })
        .collect();
    json!({ "version": 1.1, "tags": tags })
}

/// The file's text: two-space indented JSON and a final newline.
pub fn text(elements: &[Element], themes: &[String], ids: &PublicIds) -> String {
    serde_json::to_string_pretty(&data(elements, themes, ids)).unwrap_or_default() + "\n"
}

/// Writes (or with `check`, checks) the custom data under `root`.
pub fn run(root: &Path, check: bool) -> Result<String, String> {
    let mut problems = crate::error::Problems::default();
    let elements = crate::elements::load(&root.join("widgets"), &mut problems);
    let ids = crate::public_ids::read(&root.join("widgets"), &mut problems);
    problems.into_result().map_err(|p| p.to_string())?;
    let ts = std::fs::read_to_string(root.join(TYPES)).map_err(|e| format!("{TYPES}: {e}"))?;
    let themes = string_union(&ts, "ExplainerTheme");
    if themes.is_empty() {
        return Err(format!(
            "{TYPES}: no `export type ExplainerTheme = \"…\" | …;` line"
        ));
    }
    let path = root.join(FILE);
    if !path.exists() && !check {
        std::fs::write(&path, "").map_err(|e| format!("{}: {e}", path.display()))?;
    }
    crate::generated_file::update(
        "elements-vscode",
        &path,
        check,
        |_| Ok(text(&elements, &themes, &ids)),
        |_, _| "VS Code's custom data".into(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn root() -> std::path::PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
    }

    #[test]
    fn a_union_of_string_literals_is_read_and_anything_else_is_not() {
        let ts = "export type A = \"x\" | \"y\";\nexport type B = number;\n";
        assert_eq!(string_union(ts, "A"), ["x", "y"]);
        assert!(string_union(ts, "B").is_empty());
        assert!(string_union(ts, "C").is_empty());
    }

    #[test]
    fn the_committed_file_is_up_to_date_and_offers_closed_sets() {
        let r = root();
        let mut problems = crate::error::Problems::default();
        let elements = crate::elements::load(&r.join("widgets"), &mut problems);
        let ts = std::fs::read_to_string(r.join(TYPES)).unwrap_or_default();
        let themes = string_union(&ts, "ExplainerTheme");
        let ids = crate::public_ids::read(&r.join("widgets"), &mut problems);
        let want = text(&elements, &themes, &ids);
        assert!(want.contains("\"name\": \"dark\""), "{want}");
        assert!(want.contains("\"name\": \"taiwan\""), "{want}");
        let committed = std::fs::read_to_string(r.join(FILE)).unwrap_or_default();
        assert_eq!(
            committed, want,
            "run: cargo run -q -p explainers-compiler --bin elements-vscode"
        );
    }
}
