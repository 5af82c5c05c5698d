//! A parsed file into typed entries, following the field table: every field of the
//! wrong type, and every unknown field, is a problem naming the entry and the field.

use crate::entry::{Entry, Problem, Source};
use crate::fields::{self, Field, Kind, MAX_ENTRIES, SOURCE_FIELDS};
use crate::value::Value;

/// The keys a file may have besides `terms`.
const FILE_KEYS: &[&str] = &["$schema", "terms"];

fn wrong_type(field: &Field, found: &Value) -> String {
    format!(
        "must be {}, found {}",
        field.kind.words(),
        found.type_words()
    )
}

/// A list of texts, or `None` when it is not one.
fn texts(v: &Value) -> Option<Vec<String>> {
    match v {
        Value::Array(items) => items
            .iter()
            .map(|i| match i {
                Value::String(s) => Some(s.clone()),
                _ => None,
            })
            .collect(),
        _ => None,
    }
}

fn decode_source(v: &Value, at: usize, id: &str, problems: &mut Vec<Problem>) -> Option<Source> {
    let Value::Object(pairs) = v else {
        let message = format!("must be {}, found {}", Kind::Source.words(), v.type_words());
        problems.push(Problem::new(at, id, "source", message));
        return None;
    };
    let mut source = Source::default();
    for (key, value) in pairs {
        let name = format!("source.{key}");
        let Some(field) = SOURCE_FIELDS.iter().find(|f| f.name == key) else {
            problems.push(Problem::new(
                at,
                id,
                &name,
                "unknown field (a source has title, url, date)",
            ));
            continue;
        };
        let Value::String(s) = value else {
            problems.push(Problem::new(at, id, &name, wrong_type(field, value)));
            continue;
        };
        match field.name {
            "title" => source.title = s.clone(),
            "url" => source.url = s.clone(),
            _ => source.date = s.clone(),
        }
    }
    Some(source)
}

/// One entry (`at` counts from 1).
fn decode_entry(v: &Value, at: usize, problems: &mut Vec<Problem>) -> Option<Entry> {
    let Value::Object(pairs) = v else {
        let message = format!(
            "must be an object with the fields {}, found {}",
            fields::names(),
            v.type_words()
        );
        problems.push(Problem::new(at, "", "", message));
        return None;
    };
    let id = match v.get("id") {
        Some(Value::String(s)) => s.trim().chars().take(80).collect(),
        _ => String::new(),
    };
    let mut e = Entry::default();
    for (key, value) in pairs {
        let Some(field) = fields::by_name(key) else {
            let message = format!("unknown field (the fields are: {})", fields::names());
            problems.push(Problem::new(at, &id, key, message));
            continue;
        };
        match (field.kind, value) {
            (Kind::Source, _) => e.source = decode_source(value, at, &id, problems),
            (Kind::Forms | Kind::Ids, _) => match texts(value) {
                Some(list) => match field.name {
                    "match_ja" => e.match_ja = list,
                    "match_en" => e.match_en = list,
                    _ => e.related = list,
                },
                None => problems.push(Problem::new(at, &id, key, wrong_type(field, value))),
            },
            (_, Value::String(s)) => {
                let slot = match field.name {
                    "id" => &mut e.id,
                    "ja" => &mut e.ja,
                    "en" => &mut e.en,
                    "reading" => &mut e.reading,
                    "definition_ja" => &mut e.definition_ja,
                    "definition_en" => &mut e.definition_en,
                    "explanation_ja" => &mut e.explanation_ja,
                    _ => &mut e.explanation_en,
                };
                *slot = s.clone();
            }
            _ => problems.push(Problem::new(at, &id, key, wrong_type(field, value))),
        }
    }
    Some(e)
}

/// The entries of a file `{"terms": [ … ]}` (an optional `"$schema"` beside it),
/// recording every problem of shape and type. Entries that are not objects are left
/// out; the others are kept with their ill-typed fields empty, so that the checks
/// that follow ([`crate::validate`]) still see their ids.
pub fn decode_file(file: &Value, problems: &mut Vec<Problem>) -> Vec<Entry> {
    let Value::Object(pairs) = file else {
        let message = format!(
            "must be an object {{\"terms\": [ … ]}}, found {}",
            file.type_words()
        );
        problems.push(Problem::new(0, "", "", message));
        return Vec::new();
    };
    for (key, _) in pairs
        .iter()
        .filter(|(k, _)| !FILE_KEYS.contains(&k.as_str()))
    {
        problems.push(Problem::new(
            0,
            "",
            key,
            "unknown key (a file has \"terms\" and, optionally, \"$schema\")",
        ));
    }
    let items = match file.get("terms") {
        Some(Value::Array(items)) => items,
        Some(other) => {
            let message = format!("must be a list of entries, found {}", other.type_words());
            problems.push(Problem::new(0, "", "terms", message));
            return Vec::new();
        }
        None => {
            problems.push(Problem::new(
                0,
                "",
                "terms",
                "missing: the file's entries go in a list \"terms\"",
            ));
            return Vec::new();
        }
    };
    if items.len() > MAX_ENTRIES {
        let message = format!(
            "{} entries: at most {MAX_ENTRIES} (the rest are ignored)",
            items.len()
        );
        problems.push(Problem::new(0, "", "terms", message));
    }
    items
        .iter()
        .take(MAX_ENTRIES)
        .enumerate()
        .filter_map(|(i, v)| decode_entry(v, i + 1, problems))
        .collect()
}
