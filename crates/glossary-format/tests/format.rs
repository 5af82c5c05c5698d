//! The format's validator and schema, natively: a good entry passes, each fault is
//! named by entry and field, and the published schema is the one the field table
//! generates.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use glossary_format::fields::{Need, FIELDS};
use glossary_format::{check, schema, validate, Entry, Source, Value};

fn s(text: &str) -> Value {
    Value::String(text.into())
}

fn good() -> Entry {
    Entry {
        id: "kantei".into(),
        ja: "官邸".into(),
        en: "Kantei".into(),
        reading: "かんてい".into(),
        definition_en: "The Prime Minister's office.".into(),
        related: vec!["deterrence".into()],
        source: Some(Source {
            title: "Cabinet".into(),
            url: "https://www.kantei.go.jp/".into(),
            date: "2024".into(),
        }),
        ..Entry::default()
    }
}

fn fields_at_fault(entries: &[Entry]) -> Vec<(String, String)> {
    validate(entries, &["deterrence"])
        .into_iter()
        .map(|p| (p.entry_label(), p.field))
        .collect()
}

#[test]
fn a_good_entry_passes_with_one_language() {
    assert_eq!(fields_at_fault(&[good()]), vec![]);
}

#[test]
fn each_fault_names_its_entry_and_field() {
    let mut e = good();
    e.definition_en = "x".repeat(221);
    e.reading = "kantei".into();
    e.related = vec!["kantei".into(), "nope".into()];
    e.match_en = vec!["ab".into()];
    e.source = Some(Source {
        title: String::new(),
        url: "javascript:alert(1)".into(),
        date: String::new(),
    });
    let mut other = good();
    other.id = "Not An Id".into();
    other.ja = String::new();
    other.en = String::new();
    other.definition_en = String::new();
    other.related = vec![];
    other.source = None;
    let faults = fields_at_fault(&[e, other]);
    for (entry, field) in [
        ("entry \"kantei\"", "definition_en"),
        ("entry \"kantei\"", "reading"),
        ("entry \"kantei\"", "related"),
        ("entry \"kantei\"", "match_en"),
        ("entry \"kantei\"", "source.title"),
        ("entry \"kantei\"", "source.url"),
        ("entry \"Not An Id\"", "id"),
        ("entry \"Not An Id\"", "en"),
        ("entry \"Not An Id\"", "definition_en"),
    ] {
        assert!(
            faults.contains(&(entry.into(), field.into())),
            "{entry} / {field} in {faults:?}"
        );
    }
    // Related: itself and an unknown id, two problems.
    assert_eq!(faults.iter().filter(|(_, f)| f == "related").count(), 2);
}

#[test]
fn duplicate_ids_and_shared_forms_are_problems() {
    let mut twin = good();
    twin.ja = "首相官邸".into();
    twin.match_en = vec!["KANTEI".into()];
    let problems = validate(&[good(), twin], &["deterrence"]);
    let text: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert!(
        text.contains(&"entry \"kantei\": field \"id\": duplicate id".to_owned()),
        "{text:?}"
    );
    assert!(
        text.iter()
            .any(|t| t.contains("form \"Kantei\" is also a form of \"kantei\" (its `en`)")),
        "{text:?}"
    );
}

#[test]
fn the_decoder_names_wrong_types_and_unknown_fields() {
    let file = Value::Object(vec![(
        "terms".into(),
        Value::Array(vec![
            Value::Object(vec![
                ("id".into(), s("x")),
                ("ja".into(), s("官邸")),
                ("definition_en".into(), Value::Number(5.0)),
                ("defintion_ja".into(), s("typo")),
                ("source".into(), s("https://example.org")),
            ]),
            Value::Null,
        ]),
    )]);
    let (n, problems) = check(&file, &[]);
    assert_eq!(n, 1);
    let text: Vec<String> = problems.iter().map(ToString::to_string).collect();
    for expected in [
        "entry \"x\": field \"definition_en\": must be text (a JSON string), found a number",
        "entry \"x\": field \"defintion_ja\": unknown field",
        "entry \"x\": field \"source\": must be an object",
        "entry 2: must be an object",
    ] {
        assert!(
            text.iter().any(|t| t.starts_with(expected)),
            "{expected} in {text:?}"
        );
    }
    let (_, problems) = check(&Value::Array(vec![]), &[]);
    assert!(problems[0]
        .to_string()
        .starts_with("must be an object {\"terms\""));
}

#[test]
fn the_schema_is_generated_from_the_field_table() {
    let schema = schema::json_schema();
    for f in FIELDS {
        assert!(
            schema.contains(&format!("\"{}\": {{", f.name)),
            "{}",
            f.name
        );
    }
    assert!(schema.contains("\"required\": [\"id\"]"));
    let pairs = FIELDS
        .iter()
        .filter(|f| matches!(f.need, Need::OneOf(_)))
        .count();
    assert_eq!(schema.matches("\"anyOf\"").count(), pairs / 2);
}

/// The published schema (`schema/glossary.schema.json`, shipped in the package) is
/// the generated one: `cargo run -p glossary-format --bin glossary-schema >
/// schema/glossary.schema.json` (which `make build` runs) after changing the table.
#[test]
fn the_published_schema_is_current() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../schema/glossary.schema.json"
    );
    let published = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        published == schema::json_schema(),
        "{path} is out of date: run `cargo run -p glossary-format --bin glossary-schema > schema/glossary.schema.json`"
    );
}
