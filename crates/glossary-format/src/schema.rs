//! The JSON Schema of an author's glossary file, generated from the field table
//! (`schema/glossary.schema.json` in the package; the build writes it with the
//! `glossary-schema` command, and a test checks the committed copy is current).

use crate::fields::{Field, Kind, Need, FIELDS, MAX_ENTRIES, SOURCE_FIELDS};

/// A JSON document under construction (objects keep their keys in order).
enum J {
    Str(String),
    Num(usize),
    Bool(bool),
    Arr(Vec<J>),
    Obj(Vec<(String, J)>),
}

fn s(text: &str) -> J {
    J::Str(text.to_owned())
}

fn obj(pairs: Vec<(&str, J)>) -> J {
    J::Obj(pairs.into_iter().map(|(k, v)| (k.to_owned(), v)).collect())
}

fn quote(text: &str, out: &mut String) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if u32::from(c) < 0x20 => out.push_str(&format!("\\u{:04x}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
}

fn write(j: &J, depth: usize, out: &mut String) {
    let pad = |n: usize| "  ".repeat(n);
    match j {
        J::Str(t) => quote(t, out),
        J::Num(n) => out.push_str(&n.to_string()),
        J::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        J::Arr(items) if items.iter().all(|i| matches!(i, J::Str(_))) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write(item, depth, out);
            }
            out.push(']');
        }
        J::Arr(items) => {
            out.push_str("[\n");
            for (i, item) in items.iter().enumerate() {
                out.push_str(&pad(depth + 1));
                write(item, depth + 1, out);
                out.push_str(if i + 1 < items.len() { ",\n" } else { "\n" });
            }
            out.push_str(&pad(depth));
            out.push(']');
        }
        J::Obj(pairs) => {
            out.push_str("{\n");
            for (i, (k, v)) in pairs.iter().enumerate() {
                out.push_str(&pad(depth + 1));
                quote(k, out);
                out.push_str(": ");
                write(v, depth + 1, out);
                out.push_str(if i + 1 < pairs.len() { ",\n" } else { "\n" });
            }
            out.push_str(&pad(depth));
            out.push('}');
        }
    }
}

const ID_PATTERN: &str = "^[a-z0-9]+(-[a-z0-9]+)*$";
const KANA_PATTERN: &str = "^[\u{3041}-\u{30FF}\u{FF66}-\u{FF9F} \u{3000}]+$";
const URL_PATTERN: &str = "^[Hh][Tt][Tt][Pp][Ss]?://[^/?#\\s]\\S*$";

/// The schema of one string of kind `kind`, at most `max` characters.
fn string(kind: Kind, max: usize) -> Vec<(&'static str, J)> {
    let mut out = vec![("type", s("string")), ("maxLength", J::Num(max))];
    match kind {
        Kind::Id => out.push(("pattern", s(ID_PATTERN))),
        Kind::Kana => out.push(("pattern", s(KANA_PATTERN))),
        Kind::Url => out.push(("pattern", s(URL_PATTERN))),
        _ => {}
    }
    out
}

fn property(f: &Field) -> (String, J) {
    let mut p = vec![("description", s(f.description))];
    match f.kind {
        Kind::Source => p.push(("$ref", s("#/$defs/source"))),
        Kind::Forms | Kind::Ids => {
            let item = if f.kind == Kind::Ids {
                Kind::Id
            } else {
                Kind::Text
            };
            p.push(("type", s("array")));
            p.push(("items", obj(string(item, f.max))));
        }
        kind => p.extend(string(kind, f.max)),
    }
    (f.name.to_owned(), obj(p))
}

/// An object schema for `fields`: its properties, required ones, and one `anyOf` per
/// pair of which at least one is needed.
fn object(description: &str, fields: &[Field]) -> J {
    let required = fields
        .iter()
        .filter(|f| f.need == Need::Required)
        .map(|f| s(f.name))
        .collect();
    let pairs: Vec<J> = fields
        .iter()
        .filter_map(|f| match f.need {
            Need::OneOf(other) if f.name < other => Some(obj(vec![(
                "anyOf",
                J::Arr(vec![
                    obj(vec![("required", J::Arr(vec![s(f.name)]))]),
                    obj(vec![("required", J::Arr(vec![s(other)]))]),
                ]),
            )])),
            _ => None,
        })
        .collect();
    let mut out = vec![
        ("description", s(description)),
        ("type", s("object")),
        ("properties", J::Obj(fields.iter().map(property).collect())),
        ("required", J::Arr(required)),
        ("additionalProperties", J::Bool(false)),
    ];
    if !pairs.is_empty() {
        out.push(("allOf", J::Arr(pairs)));
    }
    obj(out)
}

/// The JSON Schema (draft 2020-12) of an author's glossary file, pretty-printed.
pub fn json_schema() -> String {
    let doc = obj(vec![
        ("$schema", s("https://json-schema.org/draft/2020-12/schema")),
        ("title", s("east-asia-explainers: an author's glossary")),
        ("description", s("Terms for <glossary-scope src=\"…\">, with the same fields as the built-in entries. Generated from crates/glossary-format/src/fields.rs; check a file with `npx east-asia-explainers check FILE`.")),
        ("type", s("object")),
        ("properties", obj(vec![
            ("$schema", obj(vec![("type", s("string"))])),
            ("terms", obj(vec![
                ("type", s("array")),
                ("maxItems", J::Num(MAX_ENTRIES)),
                ("items", obj(vec![("$ref", s("#/$defs/entry"))])),
            ])),
        ])),
        ("required", J::Arr(vec![s("terms")])),
        ("additionalProperties", J::Bool(false)),
        ("$defs", obj(vec![
            ("entry", object("One glossary entry.", FIELDS)),
            ("source", object("Where the definition comes from.", SOURCE_FIELDS)),
        ])),
    ]);
    let mut out = String::new();
    write(&doc, 0, &mut out);
    out.push('\n');
    out
}
