//! Validates `[model]`: a free table whose `x_ja`/`x_en` pairs become
//! bilingual statics and whose other keys (numbers, booleans) become constants. Its
//! `evidence` sub-table (the claim fields of its lists and help texts) is checked by
//! [`super::validate`].

use std::collections::BTreeMap;

use super::check::Ctx;

/// The key of `[model]`'s claim fields (`[model.evidence.<key>]`).
pub(crate) const EVIDENCE: &str = "evidence";

/// One item of a table, checked, in key order.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Item {
    /// `x_ja`/`x_en` strings: `pub static X: Bi`.
    Text(String, (String, String)),
    /// `x_ja`/`x_en` arrays of strings: `pub static X: &[Bi]`.
    List(String, Vec<(String, String)>),
    /// A float: `pub const X: f64`.
    Float(String, f64),
    /// An integer: `pub const X: i64`.
    Integer(String, i64),
    /// A boolean: `pub const X: bool`.
    Boolean(String, bool),
}

/// Checks a table (`entry` names it in messages) and returns its items.
pub(crate) fn check(cx: &mut Ctx, entry: &str, table: &BTreeMap<String, toml::Value>) -> Vec<Item> {
    let mut items = Vec::new();
    for (key, value) in table {
        let name = key.to_ascii_uppercase();
        if let Some(base) = key.strip_suffix("_ja") {
            if let Some(item) = pair(cx, entry, table, (key, base), value) {
                items.push(item);
            }
        } else if key.ends_with("_en") {
            if !table.contains_key(&format!("{}_ja", key.trim_end_matches("_en"))) {
                cx.bad(entry, key, "has no matching `_ja` field");
            }
        } else if key == EVIDENCE {
            // The claim fields of the texts: see `super::validate::model`.
        } else if key == "source" {
            cx.bad(
                entry,
                key,
                "`source` is gone: give each list and help text claim fields in `[model.evidence.<key>]`",
            );
        } else {
            match value {
                toml::Value::Float(f) => items.push(Item::Float(name, *f)),
                toml::Value::Integer(i) => items.push(Item::Integer(name, *i)),
                toml::Value::Boolean(b) => items.push(Item::Boolean(name, *b)),
                _ => cx.bad(
                    entry,
                    key,
                    "expected a number, a boolean, or a _ja/_en pair",
                ),
            }
        }
    }
    items
}

/// A `base_ja` key and its `base_en`: plain text of the same shape.
fn pair(
    cx: &mut Ctx,
    entry: &str,
    table: &BTreeMap<String, toml::Value>,
    (key, base): (&str, &str),
    value: &toml::Value,
) -> Option<Item> {
    let en = table.get(&format!("{base}_en"));
    let name = base.to_ascii_uppercase();
    match (value, en) {
        (toml::Value::String(j), Some(toml::Value::String(e))) => {
            cx.plain(entry, base, j, e);
            Some(Item::Text(name, (j.clone(), e.clone())))
        }
        (toml::Value::Array(j), Some(toml::Value::Array(e))) if j.len() == e.len() => {
            let items = j
                .iter()
                .zip(e)
                .map(|(j, e)| {
                    let (j, e) = (j.as_str().unwrap_or(""), e.as_str().unwrap_or(""));
                    cx.plain(entry, base, j, e);
                    (j.to_owned(), e.to_owned())
                })
                .collect();
            Some(Item::List(name, items))
        }
        _ => {
            cx.bad(
                entry,
                key,
                format!("needs a matching `{base}_en` of the same shape"),
            );
            None
        }
    }
}
