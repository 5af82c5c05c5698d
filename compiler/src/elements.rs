//! The widgets' public identity, declared once in `widgets/<name>/widget.toml`: each
//! element's tag, attributes, properties and events. Checked here, then generated into
//! the Rust element table (`elements.rs` in the root crate's `OUT_DIR`, included by
//! `src/runtime/elements.rs`), the loader's tag table (`elements.json`, which
//! `scripts/bundle.mjs` puts in the manifest inside `dist/explainers.js`), the TypeScript
//! declarations ([`crate::elements_ts`]), the Custom Elements Manifest
//! ([`crate::elements_cem`]) and the WordPress plugin's element table
//! ([`crate::elements_php`]).

use std::path::Path;

use serde::Deserialize;

use crate::error::Problems;

/// The attributes every element has, handled by the runtime for all widgets alike.
pub const SHARED_ATTRIBUTES: &[&str] = &["lang", "theme"];

/// The event every element fires, once, when it is interactive (no `detail`).
pub const READY_EVENT: &str = "explainer-ready";

/// What [`READY_EVENT`] means, for the docs (the manifest's and `docs/api.md`'s).
pub const READY_SUMMARY: &str = "The element is interactive: a `glossary-term` as soon as it is a trigger (before any wasm), the others once mounted and complete (their whole view built). The element also gets a `data-ready` attribute. A term in a slider's or a map's own text announces itself inside that widget only (not composed).";

/// The languages as the docs name them: `` `ja` or `en` `` ([`crate::data::LANGS`]).
pub fn langs_in_words() -> String {
    let langs: Vec<String> = crate::data::LANGS
        .iter()
        .map(|l| format!("`{l}`"))
        .collect();
    langs.join(" or ")
}

/// The shared attributes' TypeScript types and summaries, in [`SHARED_ATTRIBUTES`]
/// order (the type names are `types/index.d.ts`'s): one text for the declarations and
/// the Custom Elements Manifest.
pub fn shared_attributes() -> [(&'static str, &'static str, String); 2] {
    [
        (
            "lang",
            "ExplainerLang",
            format!(
                "The widget's language, {} (regional forms such as `en-GB` accepted); default: the nearest ancestor's `lang` (followed live), else `{}`.",
                langs_in_words(),
                crate::data::LANGS[0]
            ),
        ),
        (
            "theme",
            "ExplainerTheme",
            "`auto` (follows `prefers-color-scheme`), `light` or `dark`; default `auto`.".into(),
        ),
    ]
}

/// HTML attributes whose value a minifier may drop or rewrite: the boolean attributes
/// (`selected` becomes `selected`, with no value) and the enumerated ones. An element
/// attribute with one of these names is only allowed as the `alias_of` another.
const FRAGILE_NAMES: &[&str] = &[
    "allowfullscreen",
    "async",
    "autocapitalize",
    "autocomplete",
    "autofocus",
    "autoplay",
    "checked",
    "contenteditable",
    "controls",
    "crossorigin",
    "default",
    "defer",
    "dir",
    "disabled",
    "draggable",
    "enterkeyhint",
    "formnovalidate",
    "hidden",
    "inert",
    "inputmode",
    "ismap",
    "itemscope",
    "loop",
    "multiple",
    "muted",
    "nomodule",
    "novalidate",
    "open",
    "playsinline",
    "readonly",
    "required",
    "reversed",
    "selected",
    "shadowrootclonable",
    "shadowrootdelegatesfocus",
    "shadowrootmode",
    "spellcheck",
    "translate",
    "type",
    "wrap",
];

/// The TypeScript types a `ts` (or a detail's `type`) may join with ` | `: the basic
/// ones and the id sets the content owns (generated into `types/index.d.ts` from
/// the content's ids, [`crate::public_ids`]).
pub const TS_TYPES: &[&str] = &[
    "string",
    "number",
    "boolean",
    "null",
    "HotspotId",
    "DeterrenceZone",
    "LayerList",
];

/// True when `t` is one or more of [`TS_TYPES`] joined by ` | `.
pub fn is_ts_type(t: &str) -> bool {
    t.split(" | ").all(|p| TS_TYPES.contains(&p))
}

/// Property value types the loader knows how to convert.
const PROPERTY_TYPES: &[&str] = &["number", "string"];

/// One `widget.toml`: the elements of one widget folder.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct WidgetFile {
    element: Vec<Element>,
    /// The custom properties every element reads, read by [`crate::elements_style`].
    #[serde(default)]
    #[allow(dead_code)]
    css_property: Vec<crate::elements_style::Declared>,
}

/// A custom element of the public contract.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Element {
    /// Its tag, e.g. `hotspot-map`.
    pub tag: String,
    /// The Cargo feature whose variants have it; `None`: every variant (the glossary).
    #[serde(default)]
    pub feature: Option<String>,
    /// One line for the docs.
    pub summary: String,
    /// True for phrasing content, an element that stands inside a paragraph's text (a
    /// term); false (the default) for a block, which stands between paragraphs and which
    /// a CMS's automatic paragraphs must leave whole (the WordPress plugin's `block`).
    #[serde(default)]
    pub inline: bool,
    /// Its own attributes (besides [`SHARED_ATTRIBUTES`]).
    #[serde(default)]
    pub attribute: Vec<Attribute>,
    /// Its properties (the element's state as the page reads it).
    #[serde(default)]
    pub property: Vec<Property>,
    /// The events it fires.
    #[serde(default)]
    pub event: Vec<Event>,
    /// Its CSS parts (`::part()`), checked against the built DOM by the contract test.
    #[serde(default)]
    pub part: Vec<crate::elements_style::Part>,
    /// The widget it belongs to: its folder under `widgets/` (set when read).
    #[serde(skip)]
    pub widget: String,
}

/// An attribute of one element.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Attribute {
    /// Its name.
    pub name: String,
    /// The attribute it is an older name of (the other wins when both are set).
    #[serde(default)]
    pub alias_of: Option<String>,
    /// The Cargo feature that handles it, when not every variant does (the loader picks
    /// a variant with it for a page that uses the attribute).
    #[serde(default)]
    pub feature: Option<String>,
    /// Its value's TypeScript type ([`TS_TYPES`]); `string` when absent.
    #[serde(default)]
    pub ts: Option<String>,
    /// True when its value is a URL the widget fetches: only a site's trusted authors may
    /// set it (the WordPress plugin keeps it for users with `unfiltered_html` only).
    #[serde(default)]
    pub fetches: bool,
    /// One line for the docs.
    pub summary: String,
}

/// A property of one element: the widget publishes its value.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Property {
    /// Its name (`el.<name>`).
    pub name: String,
    /// `number` or `string` (either may read `null`).
    #[serde(rename = "type")]
    pub kind: String,
    /// The attribute that setting it sets; `None`: read-only.
    #[serde(default)]
    pub reflects: Option<String>,
    /// Its TypeScript type ([`TS_TYPES`]) when narrower than `type` (`HotspotId | null`).
    #[serde(default)]
    pub ts: Option<String>,
    /// One line for the docs.
    pub summary: String,
}

/// An event one element fires (bubbling, composed).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    /// Its type.
    pub name: String,
    /// One line for the docs.
    pub summary: String,
    /// The keys of its `detail` (empty: no detail).
    #[serde(default)]
    pub detail: Vec<DetailField>,
}

/// One key of an event's `detail`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DetailField {
    /// The key.
    pub name: String,
    /// Its TypeScript type ([`TS_TYPES`]).
    #[serde(rename = "type")]
    pub kind: String,
}

/// Reads every `widgets/*/widget.toml` (in folder order) and checks it; problems are
/// recorded, and the elements that could be read are returned.
pub fn load(widgets_dir: &Path, problems: &mut Problems) -> Vec<Element> {
    let mut folders: Vec<_> = std::fs::read_dir(widgets_dir)
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    folders.sort();
    let mut elements = Vec::new();
    for path in folders.iter().map(|f| f.join("widget.toml")) {
        if !path.exists() {
            continue;
        }
        let file = path.display().to_string();
        match std::fs::read_to_string(&path)
            .map_err(|e| e.to_string())
            .and_then(|s| {
                let s = crate::model_numbers::fill(&s, &file, problems);
                toml::from_str::<WidgetFile>(&s).map_err(|e| e.to_string())
            }) {
            Ok(w) => {
                let widget = path
                    .parent()
                    .and_then(Path::file_name)
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                for mut el in w.element {
                    check(&file, &el, problems);
                    el.widget.clone_from(&widget);
                    elements.push(el);
                }
            }
            Err(e) => problems.push(&file, "", "", e),
        }
    }
    let mut tags: Vec<&str> = elements.iter().map(|e| e.tag.as_str()).collect();
    tags.sort_unstable();
    if let Some(w) = tags.windows(2).find(|w| w[0] == w[1]) {
        problems.push("widgets/*/widget.toml", w[0], "tag", "declared twice");
    }
    elements
}

/// A custom element name: lower-case ASCII words joined by hyphens, at least two.
fn is_tag(s: &str) -> bool {
    s.contains('-') && is_name(s)
}

/// Words Rust reserves: a detail key becomes a parameter name of the generated code.
const RUST_KEYWORDS: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "crate",
    "do", "dyn", "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl",
    "in", "let", "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub", "ref",
    "return", "self", "static", "struct", "super", "trait", "true", "try", "type", "typeof",
    "unsafe", "unsized", "use", "virtual", "where", "while", "yield",
];

/// An attribute, property or event name: lower-case ASCII words joined by hyphens.
fn is_name(s: &str) -> bool {
    !s.is_empty()
        && s.split('-')
            .all(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase()))
}

fn check(file: &str, el: &Element, problems: &mut Problems) {
    let tag = el.tag.as_str();
    if !is_tag(tag) {
        problems.push(
            file,
            tag,
            "tag",
            "not a custom element name (lower-case words joined by hyphens)",
        );
    }
    let own: Vec<&str> = el.attribute.iter().map(|a| a.name.as_str()).collect();
    for a in &el.attribute {
        let field = format!("attribute {}", a.name);
        if !is_name(&a.name) || SHARED_ATTRIBUTES.contains(&a.name.as_str()) {
            problems.push(
                file,
                tag,
                &field,
                "not a usable attribute name (or one every element already has)",
            );
        }
        if own.iter().filter(|n| **n == a.name).count() > 1 {
            problems.push(file, tag, &field, "declared twice");
        }
        match &a.alias_of {
            Some(target) if !own.contains(&target.as_str()) || target == &a.name => {
                problems.push(file, tag, &field, format!("alias_of names no other attribute of <{tag}>: {target}"));
            }
            None if FRAGILE_NAMES.contains(&a.name.as_str()) => problems.push(
                file,
                tag,
                &field,
                "HTML treats this name as a boolean or enumerated attribute (minifiers rewrite it); choose another name and keep this one only as an alias_of",
            ),
            _ => {}
        }
    }
    for (i, part) in el.part.iter().enumerate() {
        if !is_name(&part.name) || el.part[..i].iter().any(|q| q.name == part.name) {
            problems.push(
                file,
                tag,
                &format!("part {}", part.name),
                "not a part name (lower-case words joined by hyphens), or declared twice",
            );
        }
    }
    for p in &el.property {
        let field = format!("property {}", p.name);
        if !is_name(&p.name) || p.name.contains('-') {
            problems.push(
                file,
                tag,
                &field,
                "not a usable property name (one lower-case word)",
            );
        }
        if !PROPERTY_TYPES.contains(&p.kind.as_str()) {
            problems.push(
                file,
                tag,
                &field,
                format!("type must be one of {PROPERTY_TYPES:?}"),
            );
        }
        if let Some(r) = &p.reflects {
            if !own.contains(&r.as_str()) {
                problems.push(
                    file,
                    tag,
                    &field,
                    format!("reflects names no attribute of <{tag}>: {r}"),
                );
            }
        }
    }
    for e in &el.event {
        if !is_tag(&e.name) {
            problems.push(
                file,
                tag,
                &format!("event {}", e.name),
                "not an event name (lower-case words joined by hyphens)",
            );
        }
        for d in &e.detail {
            let field = format!("event {} detail {}", e.name, d.name);
            if !is_name(&d.name) || d.name.contains('-') || RUST_KEYWORDS.contains(&d.name.as_str())
            {
                problems.push(
                    file,
                    tag,
                    &field,
                    "not a usable detail key (one lower-case word, not a Rust keyword: the widgets use a generated name for it)",
                );
            }
            if e.detail.iter().filter(|o| o.name == d.name).count() > 1 {
                problems.push(file, tag, &field, "declared twice");
            }
        }
    }
    let types = el
        .attribute
        .iter()
        .filter_map(|a| Some((format!("attribute {}", a.name), a.ts.as_deref()?)))
        .chain(
            el.property
                .iter()
                .filter_map(|p| Some((format!("property {}", p.name), p.ts.as_deref()?))),
        )
        .chain(el.event.iter().flat_map(|e| {
            e.detail.iter().map(move |d| {
                (
                    format!("event {} detail {}", e.name, d.name),
                    d.kind.as_str(),
                )
            })
        }));
    for (field, t) in types {
        if !is_ts_type(t) {
            problems.push(
                file,
                tag,
                &field,
                format!("not a TypeScript type of {TS_TYPES:?} joined by \" | \": {t}"),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn element(toml_text: &str) -> Element {
        let file: WidgetFile = toml::from_str(toml_text).expect("valid toml");
        file.element.into_iter().next().expect("one element")
    }

    fn problems_of(el: &Element) -> Problems {
        let mut p = Problems::default();
        check("widget.toml", el, &mut p);
        p
    }

    /// Each attribute every element has is described once, in the content's languages.
    #[test]
    fn the_shared_attributes_are_described_once_each() {
        let described: Vec<&str> = shared_attributes().iter().map(|(n, _, _)| *n).collect();
        assert_eq!(described, SHARED_ATTRIBUTES);
        let lang = &shared_attributes()[0].2;
        for l in crate::data::LANGS {
            assert!(lang.contains(&format!("`{l}`")), "{lang}");
        }
    }

    /// The repository's widgets declare their elements without problems, the four of
    /// the first release among them (a new widget, `node scripts/new-widget.mjs`, adds
    /// its own: this test passes for it too).
    #[test]
    fn the_widgets_declare_their_elements_without_problems() {
        let mut p = Problems::default();
        let els = load(Path::new("../widgets"), &mut p);
        assert!(p.is_empty(), "{p}");
        let tags: Vec<&str> = els.iter().map(|e| e.tag.as_str()).collect();
        for tag in [
            "deterrence-slider",
            "glossary-scope",
            "glossary-term",
            "hotspot-map",
        ] {
            assert!(tags.contains(&tag), "{tag} is not declared: {tags:?}");
        }
    }

    /// Regression (issue 12): `hugo --minify` emptied `<hotspot-map selected="…">`,
    /// `selected` being a boolean attribute in HTML. Such a name is only allowed as an
    /// older alias of a safe one.
    #[test]
    fn a_boolean_html_attribute_name_is_only_allowed_as_an_alias() {
        let bad = element(
            r#"[[element]]
tag = "x-map"
summary = "s"
[[element.attribute]]
name = "selected"
summary = "s""#,
        );
        assert!(problems_of(&bad).mentions("x-map", "attribute selected"));
        let ok = element(
            r#"[[element]]
tag = "x-map"
summary = "s"
[[element.attribute]]
name = "hotspot"
summary = "s"
[[element.attribute]]
name = "selected"
alias_of = "hotspot"
summary = "s""#,
        );
        assert!(problems_of(&ok).is_empty(), "{}", problems_of(&ok));
    }

    #[test]
    fn a_part_name_must_be_lower_case_words_and_declared_once() {
        let el = element(
            r#"[[element]]
tag = "some-widget"
summary = "s"
[[element.part]]
name = "Thumb_Bad"
summary = "s"
[[element.part]]
name = "track"
summary = "s"
[[element.part]]
name = "track"
summary = "s"
"#,
        );
        let p = problems_of(&el);
        assert!(p.mentions("some-widget", "part Thumb_Bad"), "{p}");
        assert!(p.mentions("some-widget", "part track"), "{p}");
    }

    #[test]
    fn names_types_aliases_and_reflections_are_checked() {
        let bad = element(
            r#"[[element]]
tag = "nohyphen"
summary = "s"
[[element.attribute]]
name = "lang"
summary = "s"
[[element.attribute]]
name = "old"
alias_of = "missing"
summary = "s"
[[element.property]]
name = "value"
type = "boolean"
reflects = "nothing"
summary = "s"
[[element.event]]
name = "changed"
summary = "s"
detail = [
  { name = "type", type = "string" },
  { name = "two-words", type = "string" },
  { name = "id", type = "string" },
  { name = "id", type = "string" },
]"#,
        );
        let p = problems_of(&bad);
        for field in [
            "tag",
            "attribute lang",
            "attribute old",
            "property value",
            "event changed",
            "event changed detail type",
            "event changed detail two-words",
            "event changed detail id",
        ] {
            assert!(p.mentions("nohyphen", field), "{field}: {p}");
        }
        // type and reflects are both named.
        assert_eq!(
            p.0.iter().filter(|e| e.field == "property value").count(),
            2,
            "{p}"
        );
    }
}
