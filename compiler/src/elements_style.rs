//! The elements' styling contract: the CSS parts each element exposes
//! (`[[element.part]]` in its `widget.toml`) and the custom properties every element
//! reads (`[[css_property]]`, declared once, in `widgets/glossary/widget.toml`). A
//! property's default is its fallback in the theme's CSS (`src/runtime/base.css`, the
//! word's colours, and `src/runtime/mounted.css`, the rest), its one owner: a
//! declaration gives `default` only where that fallback is not a plain value (the font
//! stack).
//!
//! Checked against the widgets' CSS here ([`check_css`]: every `--explainer-*` the CSS
//! reads is declared, every declared one is read) and against the built DOM by the
//! end-to-end contract test (every `part` a mounted element shows is declared for it).
//! Generated into the Custom Elements Manifest ([`crate::elements_cem`]), VS Code's
//! HTML custom data ([`crate::elements_vscode`]) and the API reference.

use std::collections::BTreeSet;
use std::path::Path;

use serde::Deserialize;

use crate::error::Problems;

/// The public custom properties' prefix; others (`--_*`, `--x`) are the widgets' own.
pub const PREFIX: &str = "--explainer-";
/// The CSS that owns every property's default, relative to the repository: the part a
/// page carries from the start (a term's word) and the part that comes with the code.
pub const THEME_CSS: [&str; 2] = ["src/runtime/base.css", "src/runtime/mounted.css"];

/// A CSS part of one element (`::part(name)`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Part {
    /// Its name, as in `part="…"`.
    pub name: String,
    /// One line for the docs.
    pub summary: String,
}

/// A custom property every element reads, as declared.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Declared {
    /// Its name, `--explainer-…`.
    pub name: String,
    /// One line for the docs.
    pub summary: String,
    /// Its default in words, only where the theme's fallback is not a plain value.
    #[serde(default)]
    pub default: Option<String>,
}

/// A custom property with its default resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CssProperty {
    /// Its name, `--explainer-…`.
    pub name: String,
    /// One line for the docs.
    pub summary: String,
    /// Its default: the theme's fallback, or the declared words.
    pub default: String,
}

/// The part of a `widget.toml` this module reads (the rest is [`crate::elements`]').
#[derive(Debug, Default, Deserialize)]
struct StyleFile {
    #[serde(default)]
    css_property: Vec<Declared>,
}

/// The fallback of each `var(--explainer-…, fallback)` in `css`, by name, in order of
/// first use; `None` for a `var()` with no fallback.
pub fn fallbacks(css: &str) -> Vec<(String, Option<String>)> {
    let mut out: Vec<(String, Option<String>)> = Vec::new();
    let mut rest = css;
    while let Some(at) = rest.find("var(") {
        let after = &rest[at + 4..];
        let name_len = after
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
            .unwrap_or(after.len());
        let name = after[..name_len].trim();
        let tail = &after[name_len..];
        let fallback = tail.strip_prefix(',').map(|t| {
            let mut depth = 0usize;
            let end = t
                .char_indices()
                .find(|&(_, c)| {
                    match c {
                        '(' => depth += 1,
                        ')' if depth == 0 => return true,
                        ')' => depth -= 1,
                        _ => {}
                    }
                    false
                })
                .map_or(t.len(), |(i, _)| i);
            t[..end].trim().to_string()
        });
        if name.starts_with(PREFIX) && !out.iter().any(|(n, _)| n == name) {
            out.push((name.to_string(), fallback));
        }
        rest = after;
    }
    out
}

/// True when a fallback is a plain value a reader can use as it stands (not another
/// `var()` chain).
fn is_plain(v: &str) -> bool {
    !v.contains("var(")
}

/// Every `--explainer-*` read by the widgets' CSS files under `src/` (sorted).
pub fn used_in_sources(root: &Path) -> BTreeSet<String> {
    let mut used = BTreeSet::new();
    let mut dirs = vec![root.join("src")];
    while let Some(dir) = dirs.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for path in entries.filter_map(|e| e.ok().map(|e| e.path())) {
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|x| x == "css") {
                let css = std::fs::read_to_string(&path).unwrap_or_default();
                used.extend(fallbacks(&css).into_iter().map(|(n, _)| n));
            }
        }
    }
    used
}

/// Every property declared in `widgets/*/widget.toml`, its default resolved from the
/// theme's CSS ([`THEME_CSS`]); problems recorded (declared twice, in two files, no
/// default, a default repeated from the theme).
pub fn load_properties(root: &Path, problems: &mut Problems) -> Vec<CssProperty> {
    let widgets = root.join("widgets");
    let mut folders: Vec<_> = std::fs::read_dir(&widgets)
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    folders.sort();
    let theme: String = THEME_CSS
        .iter()
        .map(|f| std::fs::read_to_string(root.join(f)).unwrap_or_default())
        .collect();
    let defaults = fallbacks(&theme);
    let mut out: Vec<CssProperty> = Vec::new();
    let mut owner: Option<String> = None;
    for path in folders.iter().map(|f| f.join("widget.toml")) {
        let file = path.display().to_string();
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        let declared = match toml::from_str::<StyleFile>(&text) {
            Ok(s) => s.css_property,
            Err(e) => {
                problems.push(&file, "", "css_property", e.to_string());
                continue;
            }
        };
        if declared.is_empty() {
            continue;
        }
        if let Some(first) = &owner {
            problems.push(
                &file,
                "",
                "css_property",
                format!("declared in {first} already: one file declares them all"),
            );
        }
        owner = Some(file.clone());
        for d in declared {
            let from_base = defaults
                .iter()
                .find(|(n, _)| *n == d.name)
                .and_then(|(_, f)| f.clone());
            let default = match (from_base, d.default) {
                (Some(b), Some(_)) if is_plain(&b) => {
                    problems.push(
                        &file,
                        &d.name,
                        "default",
                        format!(
                            "the theme ({}) owns it ({b}): remove it here",
                            THEME_CSS.join(", ")
                        ),
                    );
                    b
                }
                (Some(b), None) if is_plain(&b) => b,
                (_, Some(words)) => words,
                (_, None) => {
                    problems.push(
                        &file,
                        &d.name,
                        "default",
                        format!(
                            "the theme ({}) gives no plain fallback: say the default in words",
                            THEME_CSS.join(", ")
                        ),
                    );
                    String::new()
                }
            };
            if !d.name.starts_with(PREFIX) || out.iter().any(|p| p.name == d.name) {
                problems.push(
                    &file,
                    &d.name,
                    "name",
                    format!("must start with {PREFIX} and be declared once"),
                );
            }
            out.push(CssProperty {
                name: d.name,
                summary: d.summary,
                default,
            });
        }
    }
    out
}

/// Checks the declared properties against what the CSS reads: an undeclared property
/// in the CSS, or a declared one nothing reads, is a problem.
pub fn check_css(declared: &[CssProperty], used: &BTreeSet<String>, problems: &mut Problems) {
    for name in used {
        if !declared.iter().any(|p| &p.name == name) {
            problems.push(
                "widgets/glossary/widget.toml",
                name,
                "css_property",
                "the widgets' CSS reads it, but no [[css_property]] declares it",
            );
        }
    }
    for p in declared {
        if !used.contains(&p.name) {
            problems.push(
                "widgets/glossary/widget.toml",
                &p.name,
                "css_property",
                "declared, but no CSS under src/ reads it",
            );
        }
    }
}

/// The repository's properties, checked against its CSS; every problem named.
pub fn properties(root: &Path) -> Result<Vec<CssProperty>, Problems> {
    let mut problems = Problems::default();
    let declared = load_properties(root, &mut problems);
    check_css(&declared, &used_in_sources(root), &mut problems);
    problems.into_result().map(|()| declared)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn repo() -> std::path::PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
    }

    #[test]
    fn a_fallback_is_read_to_its_closing_parenthesis() {
        let css = "a { color: var(--explainer-fg, #123); font: var(--explainer-font, var(--_a), sans-serif); b: var(--_x); c: var(--explainer-radius) }";
        assert_eq!(
            fallbacks(css),
            vec![
                ("--explainer-fg".to_string(), Some("#123".to_string())),
                (
                    "--explainer-font".to_string(),
                    Some("var(--_a), sans-serif".to_string())
                ),
                ("--explainer-radius".to_string(), None),
            ]
        );
    }

    #[test]
    fn the_repository_declares_exactly_what_its_css_reads() {
        let props = properties(&repo()).unwrap_or_else(|p| panic!("{p}"));
        assert!(props.len() >= 19, "{props:?}");
        let accent = props.iter().find(|p| p.name == "--explainer-accent");
        assert_eq!(accent.map(|p| p.default.as_str()), Some("#1a56b8"));
    }

    #[test]
    fn an_undeclared_property_in_the_css_is_named() {
        let mut problems = Problems::default();
        let used: BTreeSet<String> = ["--explainer-new".to_string()].into();
        check_css(&[], &used, &mut problems);
        let text = problems.to_string();
        assert!(text.contains("--explainer-new"), "{text}");
        assert!(text.contains("no [[css_property]] declares it"), "{text}");
    }

    #[test]
    fn a_declared_property_nothing_reads_is_named() {
        let mut problems = Problems::default();
        let declared = [CssProperty {
            name: "--explainer-gone".into(),
            summary: "x".into(),
            default: "1".into(),
        }];
        check_css(&declared, &BTreeSet::new(), &mut problems);
        assert!(problems.to_string().contains("no CSS under src/ reads it"));
    }
}
