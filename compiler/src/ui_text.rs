//! Interface strings: the fixed words around the content (buttons, headings, hints,
//! status lines), every one written once, in both languages, in a `text.toml`:
//!
//! - `widgets/<widget>/text.toml` (a folder with a `widget.toml`): the widget's words,
//!   generated into the Rust module `ui_text::<widget>` (`build.rs` writes
//!   `OUT_DIR/ui_text.rs`; `src/ui_text.rs` includes it), one `Bi` constant per key,
//!   named by the key in upper case; words the content compiler renders into HTML at
//!   build time (the map's card headings, the slider's example kinds) are read from the
//!   same file here;
//! - `widgets/page/text.toml`: the teaching page's words, written as JSON into the
//!   `#page-data` block of `index.html` (`page-index`; `js/page/data.js` reads it) and
//!   read here for the blocks `page-index` renders.
//!
//! One rule for every file: each key is a table `[key]` with `ja`, `en` and an optional
//! `note` (what the words are for; the generated constant's doc comment), nothing else;
//! keys are snake_case; both texts are non-empty, in their language, with no glossary
//! markup; placeholders (`{name}`, or `{name|lower}` for the name in lower case) are
//! the same names in both languages. Every problem is named by file and key.

use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use serde::Deserialize;

use crate::error::Problems;
use crate::text::{looks_english, looks_japanese};

/// The folder of the teaching page's words under `widgets/`.
pub const PAGE_DIR: &str = "page";
/// The file name of every interface-string file.
pub const FILE: &str = "text.toml";
/// The one filter a placeholder may carry: the value in lower case (English running
/// text, `Loading the {title|lower}`).
pub const LOWER: &str = "lower";

/// One key of a `text.toml`, as written.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// Japanese.
    pub ja: String,
    /// English.
    pub en: String,
    /// What the words are for (the generated constant's doc comment).
    #[serde(default)]
    pub note: String,
}

/// One `text.toml`, checked: its keys in order, and the keys asked for that it lacks.
#[derive(Debug, Default)]
pub struct UiText {
    /// The file, as messages name it.
    pub file: String,
    /// Every valid key.
    pub entries: BTreeMap<String, Entry>,
    /// Keys a build-time renderer asked for that the file does not have.
    missing: RefCell<BTreeSet<String>>,
}

impl UiText {
    /// The words of `key` as `(ja, en)`; empty, and remembered for [`Self::report`],
    /// when the file lacks it.
    pub fn get(&self, key: &str) -> (&str, &str) {
        match self.entries.get(key) {
            Some(e) => (e.ja.as_str(), e.en.as_str()),
            None => {
                self.missing.borrow_mut().insert(key.to_owned());
                ("", "")
            }
        }
    }

    /// Records a problem for every key asked for with [`Self::get`] that is missing.
    pub fn report(&self, problems: &mut Problems) {
        for key in self.missing.borrow().iter() {
            problems.push(
                &self.file,
                &format!("[{key}]"),
                "",
                "missing: the content compiler renders it",
            );
        }
    }
}

/// The placeholder names of `s` (`{name}`, `{name|lower}`), or what is wrong with one.
pub fn placeholders(s: &str) -> Result<BTreeSet<String>, String> {
    let mut names = BTreeSet::new();
    let mut rest = s;
    while let Some(open) = rest.find(['{', '}']) {
        let tail = rest.get(open..).unwrap_or_default();
        if tail.starts_with('}') {
            return Err("a `}` without its `{`".into());
        }
        let Some(close) = tail.find('}') else {
            return Err("a `{` without its `}`".into());
        };
        let inner = tail.get(1..close).unwrap_or_default();
        let (name, filter) = inner.split_once('|').unwrap_or((inner, ""));
        let word = |w: &str| {
            w.chars().next().is_some_and(|c| c.is_ascii_lowercase())
                && w.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        };
        if !word(name) || !(filter.is_empty() || filter == LOWER) || inner.ends_with('|') {
            return Err(format!(
                "`{{{inner}}}` is not a placeholder: write {{name}} or {{name|{LOWER}}}"
            ));
        }
        names.insert(name.to_owned());
        rest = tail.get(close + 1..).unwrap_or_default();
    }
    Ok(names)
}

/// Fills a template's placeholders from `values` (what `js/page/util.js`'s `format`
/// does in the browser; the build uses it for the page's blocks).
pub fn format(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::new();
    for (before, inner) in split(template) {
        out.push_str(&before);
        let (name, filter) = inner.split_once('|').unwrap_or((&inner, ""));
        let value = values
            .iter()
            .find(|(k, _)| *k == name)
            .map_or("", |(_, v)| v);
        if filter == LOWER {
            out.push_str(&value.to_lowercase());
        } else {
            out.push_str(value);
        }
    }
    out
}

/// A template split at its placeholders, as the wasm gets it (it carries no template
/// parser) and as [`format`] fills it: each placeholder (its name, and its filter after
/// a `|`) with the text just before it, then the text after the last one with an empty
/// name. An unclosed `{` is text.
pub fn split(template: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut rest = template;
    while let Some((open, close)) = rest
        .find('{')
        .and_then(|open| Some((open, open + rest.get(open..)?.find('}')?)))
    {
        let before = rest.get(..open).unwrap_or_default();
        let name = rest.get(open + 1..close).unwrap_or_default();
        out.push((before.to_owned(), name.to_owned()));
        rest = rest.get(close + 1..).unwrap_or_default();
    }
    out.push((rest.to_owned(), String::new()));
    out
}

/// A key: snake_case ASCII, starting with a letter.
fn is_key(k: &str) -> bool {
    k.chars().next().is_some_and(|c| c.is_ascii_lowercase())
        && k.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        && !k.ends_with('_')
        && !k.contains("__")
}

/// Checks one entry; problems go to `problems` under `file` and `[key]`.
fn check(file: &str, key: &str, e: &Entry, problems: &mut Problems) {
    let entry = format!("[{key}]");
    let mut sides = Vec::new();
    for (lang, s) in [("ja", &e.ja), ("en", &e.en)] {
        let bare = format(s, &[]);
        let ok = if lang == "ja" {
            looks_japanese(&bare)
        } else {
            looks_english(&bare)
        };
        if s.trim().is_empty() {
            problems.push(file, &entry, lang, "missing or empty");
        } else if !ok {
            let what = if lang == "ja" { "Japanese" } else { "English" };
            problems.push(file, &entry, lang, format!("not {what}"));
        }
        if s.contains("[[") {
            problems.push(file, &entry, lang, "glossary markup is not allowed here");
        }
        match placeholders(s) {
            Ok(names) => sides.push(names),
            Err(msg) => problems.push(file, &entry, lang, msg),
        }
    }
    if let [ja, en] = sides.as_slice() {
        if ja != en {
            let list = |s: &BTreeSet<String>| {
                if s.is_empty() {
                    "none".to_owned()
                } else {
                    s.iter()
                        .map(|n| format!("{{{n}}}"))
                        .collect::<Vec<_>>()
                        .join(", ")
                }
            };
            problems.push(
                file,
                &entry,
                "en",
                format!(
                    "placeholders differ: ja has {}, en has {}",
                    list(ja),
                    list(en)
                ),
            );
        }
    }
}

/// Reads and checks one `text.toml`.
pub fn load(path: &Path, problems: &mut Problems) -> UiText {
    let file = path.display().to_string();
    let mut out = UiText {
        file: file.clone(),
        ..UiText::default()
    };
    let Some(table) = crate::sources::read_toml::<toml::Table>(path, problems) else {
        return out;
    };
    for (key, value) in table {
        let entry = format!("[{key}]");
        if !is_key(&key) {
            problems.push(&file, &entry, "", "keys are snake_case (a-z, 0-9, _)");
            continue;
        }
        match Entry::deserialize(value) {
            Ok(e) => {
                check(&file, &key, &e, problems);
                out.entries.insert(key, e);
            }
            Err(e) => problems.push(
                &file,
                &entry,
                "",
                format!("expected a table with `ja`, `en` and an optional `note`: {e}"),
            ),
        }
    }
    out
}

/// The widgets' interface strings: `(module name, file)` for every
/// `widgets/<widget>/text.toml` whose folder has a `widget.toml`, in folder order (the
/// module name is the folder's, `-` written `_`).
pub fn load_widgets(widgets_dir: &Path, problems: &mut Problems) -> Vec<(String, UiText)> {
    let mut dirs: Vec<_> = std::fs::read_dir(widgets_dir)
        .map(|d| d.filter_map(Result::ok).map(|e| e.path()).collect())
        .unwrap_or_default();
    dirs.sort();
    dirs.into_iter()
        .filter(|d| d.join("widget.toml").exists() && d.join(FILE).exists())
        .filter_map(|d| {
            let name = d.file_name()?.to_str()?.replace('-', "_");
            Some((name, load(&d.join(FILE), problems)))
        })
        .collect()
}

/// The text of one widget, read on its own (for a build-time renderer).
pub fn load_widget(widgets_dir: &Path, widget: &str, problems: &mut Problems) -> UiText {
    load(&widgets_dir.join(widget).join(FILE), problems)
}

/// The teaching page's words (`widgets/page/text.toml`).
pub fn load_page(widgets_dir: &Path, problems: &mut Problems) -> UiText {
    load(&widgets_dir.join(PAGE_DIR).join(FILE), problems)
}

/// The Rust source of `ui_text.rs`: one module per widget, one `Bi` static per key (a
/// static, not a `const`: each use reads it, instead of building the pair again; the
/// including module provides `Bi`).
pub fn rust(widgets: &[(String, UiText)]) -> String {
    let mut out = String::from(
        "// @generated by explainers-compiler from widgets/*/text.toml. Do not edit.\n",
    );
    for (name, text) in widgets {
        out.push_str(&format!(
            "/// The interface words of {}.\npub mod {name} {{\n    use super::Bi;\n",
            text.file
        ));
        for (key, e) in &text.entries {
            let note = if e.note.is_empty() {
                format!("`[{key}]`")
            } else {
                e.note.clone()
            };
            for line in note.lines() {
                out.push_str(&format!("    /// {}\n", line.replace("*/", "* /")));
            }
            // Words with placeholders are a template, split here.
            if placeholders(&e.ja).is_ok_and(|p| !p.is_empty()) {
                let parts = |s: &str| {
                    split(s)
                        .iter()
                        .map(|(before, name)| {
                            format!("({}, {})", crate::rust::lit(before), crate::rust::lit(name))
                        })
                        .collect::<Vec<_>>()
                        .join(", ")
                };
                out.push_str(&format!(
                    "    pub static {}: super::Template = super::Template {{ ja: &[{}], en: &[{}] }};\n",
                    key.to_ascii_uppercase(),
                    parts(&e.ja),
                    parts(&e.en)
                ));
                continue;
            }
            out.push_str(&format!(
                "    pub static {}: Bi = Bi {{ ja: {}, en: {} }};\n",
                key.to_ascii_uppercase(),
                crate::rust::lit(&e.ja),
                crate::rust::lit(&e.en)
            ));
        }
        out.push_str("}\n");
    }
    out
}

/// The words as JSON for the page: `{key: {ja, en}}`.
pub fn json(text: &UiText) -> serde_json::Value {
    text.entries
        .iter()
        .map(|(k, e)| (k.clone(), serde_json::json!({ "ja": e.ja, "en": e.en })))
        .collect::<serde_json::Map<_, _>>()
        .into()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn repo() -> std::path::PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
    }

    fn checked(toml: &str) -> Problems {
        let dir =
            std::env::temp_dir().join(format!("ui-text-{}-{}", std::process::id(), toml.len()));
        let _ = std::fs::create_dir_all(&dir);
        let path = dir.join(FILE);
        let _ = std::fs::write(&path, toml);
        let mut problems = Problems::default();
        load(&path, &mut problems);
        problems
    }

    #[test]
    fn a_template_is_split_at_its_placeholders() {
        let own = |v: &[(&str, &str)]| {
            v.iter()
                .map(|(a, b)| ((*a).to_owned(), (*b).to_owned()))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            split("出典：{title}、{date}"),
            own(&[("出典：", "title"), ("、", "date"), ("", "")])
        );
        assert_eq!(split("no placeholder"), own(&[("no placeholder", "")]));
        assert_eq!(split("{a}{b}"), own(&[("", "a"), ("", "b"), ("", "")]));
        // An unclosed brace is text.
        assert_eq!(split("a { b"), own(&[("a { b", "")]));
        // The generated constant: a template, split.
        let mut text = UiText::default();
        text.entries.insert(
            "alt".into(),
            Entry {
                ja: "{t}：{n}件".into(),
                en: "{t}: {n} items".into(),
                note: String::new(),
            },
        );
        let code = rust(&[("w".into(), text)]);
        assert!(code.contains(
            "pub static ALT: super::Template = super::Template { ja: &[(\"\", \"t\"), (\"：\", \"n\"), (\"件\", \"\")], en: &[(\"\", \"t\"), (\": \", \"n\"), (\" items\", \"\")] };"
        ), "{code}");
    }

    #[test]
    fn placeholders_are_parsed_and_filled() {
        let names = placeholders("{name}={value} は {used|lower}").unwrap_or_default();
        assert_eq!(
            names.into_iter().collect::<Vec<_>>(),
            ["name", "used", "value"]
        );
        assert!(placeholders("{Name}").is_err());
        assert!(placeholders("{a|upper}").is_err());
        assert!(placeholders("{a").is_err());
        assert!(placeholders("a}").is_err());
        assert_eq!(
            format(
                "Loading the {title|lower} ({n})",
                &[("title", "Map"), ("n", "1")]
            ),
            "Loading the map (1)"
        );
    }

    #[test]
    fn every_problem_is_named_by_file_and_key() {
        let p = checked(
            "[ok]\nja = \"閉じる\"\nen = \"Close\"\n\
             [empty]\nja = \"\"\nen = \"Close\"\n\
             [swapped]\nja = \"Close\"\nen = \"閉じる\"\n\
             [holes]\nja = \"{a}と{b}\"\nen = \"{a} and {c}\"\n\
             [extra]\nja = \"閉じる\"\nen = \"Close\"\nfr = \"Fermer\"\n\
             [Bad-Key]\nja = \"閉じる\"\nen = \"Close\"\n\
             [only_ja]\nja = \"閉じる\"\n",
        );
        assert!(p.mentions("[empty]", "ja"), "{p}");
        assert!(p.mentions("[swapped]", "ja") && p.mentions("[swapped]", "en"));
        assert!(p.mentions("[holes]", "en"), "{p}");
        assert!(p.mentions("[extra]", ""), "{p}");
        assert!(p.mentions("[Bad-Key]", ""), "{p}");
        assert!(p.mentions("[only_ja]", ""), "{p}");
        assert!(!p.mentions("[ok]", "ja") && !p.mentions("[ok]", "en"));
        assert!(p.0.iter().all(|e| e.file.ends_with(FILE)));
    }

    #[test]
    fn a_missing_key_asked_for_is_reported() {
        let text = UiText::default();
        assert_eq!(text.get("stakes"), ("", ""));
        let mut p = Problems::default();
        text.report(&mut p);
        assert!(p.mentions("[stakes]", ""));
    }

    /// The repository's files are valid, and every key is used: its constant in the
    /// widgets' Rust (`src/`), its name in the content compiler (words rendered at
    /// build time) or, for the page, in `js/page/`. A key nobody reads is rejected.
    #[test]
    fn the_repository_text_is_valid_and_every_key_is_used() {
        let root = repo();
        let widgets = root.join("widgets");
        let mut problems = Problems::default();
        let texts = load_widgets(&widgets, &mut problems);
        let page = load_page(&widgets, &mut problems);
        assert!(problems.is_empty(), "{problems}");
        assert!(texts.len() >= 3);
        let mut sources = String::new();
        let mut stack = vec![
            root.join("src"),
            root.join("compiler/src"),
            root.join("js/page"),
        ];
        while let Some(dir) = stack.pop() {
            for e in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
                let p = e.path();
                if p.is_dir() {
                    stack.push(p);
                } else if p.extension().is_some_and(|x| x == "rs" || x == "js")
                    && !p.ends_with("compiler/src/ui_text.rs")
                {
                    sources.push_str(&std::fs::read_to_string(&p).unwrap_or_default());
                }
            }
        }
        let made_values = std::fs::read_to_string(root.join("tools/geometry/src/layers/input.rs"))
            .unwrap_or_default();
        let used = |key: &str| {
            let upper = key.to_ascii_uppercase();
            sources.match_indices(&upper).any(|(i, _)| {
                let before = sources[..i].chars().next_back().unwrap_or(' ');
                let after = sources[i + upper.len()..].chars().next().unwrap_or(' ');
                let word = |c: char| c.is_ascii_alphanumeric() || c == '_';
                !word(before) && !word(after)
            }) || sources.contains(&format!("\"{key}\""))
                || sources.contains(&format!("TEXT.{key}"))
                // The slider's example kinds: `kind_<kind>` (compiler/src/deterrence_slider/render.rs).
                || crate::deterrence_slider::KINDS
                    .iter()
                    .any(|k| key == format!("kind_{}", k.replace('-', "_")))
                // The layers' `layer_made_<made>` (compiler/src/hotspot_map/layers/render.rs),
                // for every `made` value the geometry tool accepts.
                || key.strip_prefix("layer_made_").is_some_and(|made| {
                    made_values.contains(&format!("\"{}\"", made.replace('_', "-")))
                })
        };
        for text in texts.iter().map(|(_, t)| t).chain([&page]) {
            for key in text.entries.keys() {
                assert!(used(key), "{}: [{key}] is not used anywhere", text.file);
            }
        }
    }
}
