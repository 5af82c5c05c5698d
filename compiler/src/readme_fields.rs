//! The editors' guides (`widgets/*/README.md`) against the schema: every field table
//! marked `<!-- schema: NAME -->` must name exactly the fields the content compiler
//! accepts for NAME (read from the `serde` structs themselves), no more and no fewer,
//! and every table a guide should have must be there. So a guide cannot document a
//! field that does not exist, or miss one an editor can write.
//!
//! A marked table has a `field` column: each backticked name in it is a field
//! (`name_ja`; a sub-table `[[zone.claim]]` or `[model.evidence.<key>]` counts as its
//! last named part, `claim`, `evidence`). A table with a `table` column as well names
//! fields per sub-table (`[[section.part]]` then `type` is `section.part.type`); a row
//! with an empty `table` cell belongs to the one above.

use std::collections::BTreeSet;
use std::path::Path;

use serde::de::{self, Deserialize, Deserializer, Visitor};

/// The field names `serde` accepts for `T` (a struct with named fields), as written in
/// the files (renames applied, skipped fields left out).
fn fields<'de, T: Deserialize<'de>>() -> Vec<String> {
    let mut names: &'static [&'static str] = &[];
    let _ = T::deserialize(FieldNames(&mut names));
    assert!(!names.is_empty(), "not a struct with named fields");
    names.iter().map(|s| (*s).to_owned()).collect()
}

/// A deserializer that only records the field list a struct asks for.
struct FieldNames<'a>(&'a mut &'static [&'static str]);

impl<'de> Deserializer<'de> for FieldNames<'_> {
    type Error = de::value::Error;

    fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Self::Error> {
        Err(de::Error::custom("not a struct"))
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        fields: &'static [&'static str],
        _: V,
    ) -> Result<V::Value, Self::Error> {
        *self.0 = fields;
        Err(de::Error::custom("field names read"))
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes
        byte_buf option unit unit_struct newtype_struct seq tuple tuple_struct map enum
        identifier ignored_any
    }
}

/// `names` prefixed with `table.` (a sub-table's fields in a table with a `table` column).
fn under(table: &str, names: Vec<String>) -> Vec<String> {
    names.into_iter().map(|n| format!("{table}.{n}")).collect()
}

/// `names` without `drop`.
fn without(names: Vec<String>, drop: &[&str]) -> Vec<String> {
    names
        .into_iter()
        .filter(|n| !drop.contains(&n.as_str()))
        .collect()
}

/// A name as a guide writes it, reduced to the field it names: brackets off, then the
/// last dotted part that is not a placeholder (`[model.evidence.<key>]` → `evidence`).
/// `None` when it is not a name.
fn field_name(token: &str) -> Option<String> {
    let bare = token.trim_matches(|c| c == '[' || c == ']');
    let ident = |s: &str| {
        s.chars().next().is_some_and(|c| c.is_ascii_lowercase())
            && s.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
    };
    let parts: Vec<&str> = bare
        .split('.')
        .filter(|p| !(p.starts_with('<') && p.ends_with('>')))
        .collect();
    if parts.iter().all(|p| ident(p)) {
        parts.last().map(|p| (*p).to_owned())
    } else {
        None
    }
}

/// A sub-table as a guide's `table` column writes it: `[[section.part]]` →
/// `section.part`.
fn table_name(token: &str) -> String {
    token.trim_matches(|c| c == '[' || c == ']').to_owned()
}

/// The backticked parts of a table cell.
fn backticked(cell: &str) -> Vec<&str> {
    cell.split('`').skip(1).step_by(2).collect()
}

/// The cells of a table row (`| a | b |`).
fn cells(row: &str) -> Vec<&str> {
    let row = row.trim().trim_start_matches('|').trim_end_matches('|');
    row.split('|').map(str::trim).collect()
}

/// Every marked table of a guide: its name, the fields it names (qualified by its
/// `table` column when it has one), and what is wrong with its form.
fn marked_tables(text: &str) -> Vec<(String, BTreeSet<String>, Vec<String>)> {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let Some(name) = line
            .trim()
            .strip_prefix("<!-- schema:")
            .and_then(|s| s.strip_suffix("-->"))
        else {
            continue;
        };
        let mut errors = Vec::new();
        let rows: Vec<&str> = lines
            .iter()
            .skip(i + 1)
            .skip_while(|l| l.trim().is_empty())
            .take_while(|l| l.trim_start().starts_with('|'))
            .copied()
            .collect();
        let header = rows.first().map(|r| cells(r)).unwrap_or_default();
        let col = |n: &str| header.iter().position(|h| *h == n);
        let Some(field_col) = col("field") else {
            errors.push("no table with a `field` column after the marker".into());
            out.push((name.trim().to_owned(), BTreeSet::new(), errors));
            continue;
        };
        let table_col = col("table");
        let mut table = String::new();
        let mut names = BTreeSet::new();
        for row in rows.iter().skip(2) {
            let c = cells(row);
            if let Some(t) = table_col.and_then(|t| c.get(t)) {
                if let Some(t) = backticked(t).first() {
                    table = table_name(t);
                }
            }
            let cell = c.get(field_col).copied().unwrap_or_default();
            let tokens = backticked(cell);
            if tokens.is_empty() {
                errors.push(format!("a row names no field: {row}"));
            }
            for token in tokens {
                match field_name(token) {
                    None => errors.push(format!("`{token}` is not a field name")),
                    Some(f) if table_col.is_some() => {
                        names.insert(format!("{table}.{f}"));
                    }
                    Some(f) => {
                        names.insert(f);
                    }
                }
            }
        }
        out.push((name.trim().to_owned(), names, errors));
    }
    out
}

/// The differences between a guide's marked tables and `expected` (each table's name
/// and the fields the schema has), one line each; empty when they agree.
fn compare(text: &str, expected: &[(&str, Vec<String>)]) -> Vec<String> {
    let mut problems = Vec::new();
    let tables = marked_tables(text);
    for (name, _) in expected {
        if !tables.iter().any(|(n, _, _)| n == name) {
            problems.push(format!("no table marked `<!-- schema: {name} -->`"));
        }
    }
    for (name, names, errors) in &tables {
        problems.extend(errors.iter().map(|e| format!("[{name}] {e}")));
        let Some((_, schema)) = expected.iter().find(|(n, _)| n == name) else {
            problems.push(format!("[{name}] is not a schema this guide documents"));
            continue;
        };
        let schema: BTreeSet<String> = schema.iter().cloned().collect();
        for f in names.difference(&schema) {
            problems.push(format!(
                "[{name}] documents `{f}`, which the schema does not have"
            ));
        }
        for f in schema.difference(names) {
            problems.push(format!("[{name}] does not document `{f}`"));
        }
    }
    problems
}

/// A guide's text.
fn guide(widget: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../widgets")
        .join(widget)
        .join("README.md");
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Asserts that `widget`'s guide documents exactly `expected`.
fn check(widget: &str, expected: &[(&str, Vec<String>)]) {
    let problems = compare(&guide(widget), expected);
    assert!(
        problems.is_empty(),
        "widgets/{widget}/README.md disagrees with the schema:\n  {}",
        problems.join("\n  ")
    );
}

/// A claim's fields, less those that do not apply where it is used.
fn claim_fields(drop: &[&str]) -> Vec<String> {
    without(fields::<crate::claims::Claim>(), drop)
}

#[test]
fn the_slider_guide_names_exactly_the_schema_fields() {
    use crate::deterrence_slider::schema::{Example, Output, Zone};
    // `[model]` is a free table: its keys are those of the file, and the guide says the
    // widget reads each text and list (`slider_model::KEY` in `src/deterrence_slider/*.rs`).
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let text = std::fs::read_to_string(root.join("widgets/deterrence-slider/content.toml"));
    let file: toml::Table = toml::from_str(&text.unwrap()).unwrap();
    let model: Vec<String> = file["model"].as_table().unwrap().keys().cloned().collect();
    let code: String = std::fs::read_dir(root.join("src/deterrence_slider"))
        .unwrap()
        .map(|f| f.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "rs"))
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect();
    for key in model.iter().filter_map(|k| k.strip_suffix("_ja")) {
        let name = format!("::{}", key.to_ascii_uppercase());
        let whole = |(i, _): (usize, &str)| {
            let next = code[i + name.len()..].chars().next();
            !next.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_')
        };
        assert!(
            code.match_indices(&name).any(whole),
            "[model] `{key}_ja`/`{key}_en`: the widget does not read it (no `{name}` in src/deterrence_slider/)"
        );
    }
    check(
        "deterrence-slider",
        &[
            ("zone", fields::<Zone>()),
            ("output", fields::<Output>()),
            ("example", fields::<Example>()),
            ("model", model),
            ("claim", claim_fields(&["part", "date"])),
        ],
    );
}

#[test]
fn the_glossary_guide_names_exactly_the_schema_fields() {
    check(
        "glossary",
        &[
            ("term", fields::<crate::glossary::Entry>()),
            ("claim", claim_fields(&["date"])),
        ],
    );
}

#[test]
fn the_map_guide_names_exactly_the_schema_fields() {
    use crate::hotspot_map::layers::schema::{Layer, LayerFeature};
    use crate::hotspot_map::schema::{
        Country, Domain, Feature, Hotspot, Meta, Party, Place, ProjectionTable, Reassurance, Sea,
    };
    let geometry = [
        under("meta", fields::<Meta>()),
        under("projection", fields::<ProjectionTable>()),
        under("country", fields::<Country>()),
        under("sea", fields::<Sea>()),
    ]
    .concat();
    let layers = [
        under("layer", fields::<Layer>()),
        under("layer.feature", fields::<LayerFeature>()),
    ]
    .concat();
    check(
        "hotspot-map",
        &[
            ("claim", claim_fields(&["part", "date"])),
            ("party", fields::<Party>()),
            ("domain", fields::<Domain>()),
            ("hotspot", fields::<Hotspot>()),
            ("reassurance", fields::<Reassurance>()),
            ("event", claim_fields(&["part"])),
            ("place", fields::<Place>()),
            ("feature", fields::<Feature>()),
            ("geometry", geometry),
            ("layers", layers),
        ],
    );
}

#[test]
fn the_page_guide_names_exactly_the_schema_fields() {
    use crate::page_lesson::{Correction, Intro, Item, Part, Section, WORDS};
    let lesson = [
        under("words", WORDS.iter().map(|w| (*w).to_owned()).collect()),
        under("intro", fields::<Intro>()),
        under("section", fields::<Section>()),
        under("section.part", fields::<Part>()),
        under("section.part.item", fields::<Item>()),
    ]
    .concat();
    check(
        "page",
        &[
            ("text", fields::<crate::ui_text::Entry>()),
            ("lesson", lesson),
            ("correction", fields::<Correction>()),
        ],
    );
}

#[test]
fn a_guide_naming_a_field_the_schema_lacks_fails() {
    let expected = [("zone", vec!["id".to_owned(), "min".to_owned()])];
    let good =
        "<!-- schema: zone -->\n| field | meaning |\n| --- | --- |\n| `id` | x |\n| `min` | y |\n";
    assert_eq!(compare(good, &expected), Vec::<String>::new());
    let extra = format!("{good}| `misperception_min` | z |\n");
    assert_eq!(
        compare(&extra, &expected),
        ["[zone] documents `misperception_min`, which the schema does not have"]
    );
    let missing = "<!-- schema: zone -->\n| field | meaning |\n| --- | --- |\n| `id` | x |\n";
    assert_eq!(
        compare(missing, &expected),
        ["[zone] does not document `min`"]
    );
    assert_eq!(
        compare("no tables", &expected),
        ["no table marked `<!-- schema: zone -->`"]
    );
    let qualified = [(
        "lesson",
        vec!["section.id".to_owned(), "section.part.type".to_owned()],
    )];
    let table = "<!-- schema: lesson -->\n| table | field | meaning |\n| --- | --- | --- |\n| `[[section]]` | `id` | x |\n| `[[section.part]]` | `type` | y |\n";
    assert_eq!(compare(table, &qualified), Vec::<String>::new());
}
