//! The custom properties a page themes the widgets with (`--explainer-*`), read from
//! their one owner, `src/runtime/base.css`: each is declared there once, as the
//! fallback of a `var()` with its default, the comment on the line before describing
//! it (a `-dark` twin shares it). No other stylesheet of `src/` may use one. The Custom
//! Elements Manifest's `cssProperties` are generated from this list
//! ([`crate::elements_cem`]), so the documentation can list them without a copy.

use std::path::Path;

/// The stylesheet that declares them, relative to the repository.
pub const FILE: &str = "src/runtime/base.css";
/// The prefix of their names.
pub const PREFIX: &str = "--explainer-";

/// One custom property.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CssProperty {
    /// Its name (`--explainer-bg`).
    pub name: String,
    /// Its default, as CSS (`#ffffff`); `None` when it is made of the widgets' own
    /// properties (the font stacks), which the description then gives in words.
    pub default: Option<String>,
    /// What it sets.
    pub description: String,
}

/// The text of the `var()` fallback starting at `s` (after `--explainer-x,`), up to the
/// `)` that closes the `var(`, trimmed.
fn fallback(s: &str) -> &str {
    let mut depth = 0;
    for (i, c) in s.char_indices() {
        match c {
            '(' => depth += 1,
            ')' if depth == 0 => return s.get(..i).unwrap_or("").trim(),
            ')' => depth -= 1,
            _ => {}
        }
    }
    s.trim()
}

/// The custom properties `css` declares, in order, each once (the first declaration
/// wins), or what is wrong: a property without a default or a description.
pub fn parse(css: &str) -> Result<Vec<CssProperty>, String> {
    let mut out: Vec<CssProperty> = Vec::new();
    let mut comment: Option<String> = None;
    for (n, line) in css.lines().enumerate() {
        let t = line.trim();
        if let Some(text) = t.strip_prefix("/*").and_then(|c| c.strip_suffix("*/")) {
            comment = Some(text.trim().to_owned());
            continue;
        }
        let mut rest = line;
        let mut found = false;
        while let Some(at) = rest.find(&format!("var({PREFIX}")) {
            found = true;
            let from = rest.get(at + 4..).unwrap_or("");
            let name_len = from
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
                .unwrap_or(from.len());
            let name = from.get(..name_len).unwrap_or("").to_owned();
            let after = from.get(name_len..).unwrap_or("").trim_start();
            let Some(value) = after.strip_prefix(',').map(fallback) else {
                return Err(format!("{FILE}:{}: {name} has no default", n + 1));
            };
            if !out.iter().any(|p| p.name == name) {
                let Some(description) = comment.clone() else {
                    return Err(format!(
                        "{FILE}:{}: {name} needs a description: a comment on the line before",
                        n + 1
                    ));
                };
                let dark = name.ends_with("-dark");
                out.push(CssProperty {
                    default: (!value.contains("var(")).then(|| value.to_owned()),
                    description: if dark {
                        format!("{description} In dark mode.")
                    } else {
                        description
                    },
                    name,
                });
            }
            rest = from.get(name_len..).unwrap_or("");
        }
        // A comment describes the one declaration after it (the widgets' own `--_*`
        // without a page's property may come between).
        if found || !t.starts_with("--_") {
            comment = None;
        }
    }
    Ok(out)
}

/// The custom properties of the repository at `root`; an error also when a stylesheet
/// of `src/` other than [`FILE`] uses one.
pub fn load(root: &Path) -> Result<Vec<CssProperty>, String> {
    let css = std::fs::read_to_string(root.join(FILE)).map_err(|e| format!("{FILE}: {e}"))?;
    let props = parse(&css)?;
    let mut stack = vec![root.join("src")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|x| x == "css") && !path.ends_with(FILE) {
                let text = std::fs::read_to_string(&path).unwrap_or_default();
                if text.contains(PREFIX) {
                    return Err(format!(
                        "{}: uses an {PREFIX}* property: a page's theme is read in {FILE} only (use its --_* property)",
                        path.display()
                    ));
                }
            }
        }
    }
    Ok(props)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_property_has_its_default_and_the_comment_before_it() {
        let css = "/* intro */\n.x {\n  /* The background. */\n  --_bg: light-dark(var(--explainer-bg, #fff), var(--explainer-bg-dark, rgb(0 0 0)));\n  /* The font. */\n  --_f: var(--explainer-font, var(--_latin), sans-serif);\n  --_g: var(--explainer-font, var(--_ja), sans-serif);\n}\n";
        let props = parse(css).unwrap_or_default();
        let names: Vec<&str> = props.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(
            names,
            ["--explainer-bg", "--explainer-bg-dark", "--explainer-font"]
        );
        assert_eq!(props[0].default.as_deref(), Some("#fff"));
        assert_eq!(props[1].default.as_deref(), Some("rgb(0 0 0)"));
        assert_eq!(props[1].description, "The background. In dark mode.");
        assert_eq!(props[2].default, None);
        assert_eq!(props[2].description, "The font.");
    }

    #[test]
    fn a_property_without_a_default_or_a_description_is_refused() {
        let e = parse(".x {\n  /* a */\n  --_a: var(--explainer-a);\n}\n");
        assert!(e.is_err_and(|e| e.contains("--explainer-a has no default")));
        let e = parse(".x {\n  color: red;\n  --_a: var(--explainer-a, red);\n}\n");
        assert!(e.is_err_and(|e| e.contains("needs a description")));
        // A comment describes one declaration, not the next as well.
        let e = parse(".x {\n  /* A. */\n  --_a: var(--explainer-a, red);\n  --_b: var(--explainer-b, red);\n}\n");
        assert!(e.is_err_and(|e| e.contains("--explainer-b needs a description")));
    }

    /// The repository's: declared in base.css only, every colour with its dark twin.
    #[test]
    fn the_widgets_properties_are_declared_once_in_base_css() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let props = load(&root).unwrap_or_else(|e| panic!("{e}"));
        assert!(props.len() >= 10, "{props:?}");
        for p in &props {
            if p.name.ends_with("-dark") {
                let light = p.name.trim_end_matches("-dark");
                assert!(props.iter().any(|q| q.name == light), "{}", p.name);
            }
        }
        assert!(props
            .iter()
            .any(|p| p.name == "--explainer-bg" && p.default.is_some()));
    }
}
