//! The validator behind `npx east-asia-explainers check my-terms.json`: parses the
//! file's text with `serde_json`, then decodes and validates it with the glossary
//! format's own checks ([`glossary_format::check`]), the same the content build runs
//! on the built-in glossary. Built for wasm32 and bound with `wasm-bindgen --target
//! nodejs` (`bin/check/` in the package); `bin/east-asia-explainers.mjs` reads the
//! file, calls [`check`] and prints the report.

use glossary_format::Value;
use wasm_bindgen::prelude::*;

/// A `serde_json` value as the format's own value type.
fn convert(v: serde_json::Value) -> Value {
    match v {
        serde_json::Value::Null => Value::Null,
        serde_json::Value::Bool(b) => Value::Bool(b),
        serde_json::Value::Number(n) => Value::Number(n.as_f64().unwrap_or(f64::NAN)),
        serde_json::Value::String(s) => Value::String(s),
        serde_json::Value::Array(a) => Value::Array(a.into_iter().map(convert).collect()),
        serde_json::Value::Object(o) => {
            Value::Object(o.into_iter().map(|(k, v)| (k, convert(v))).collect())
        }
    }
}

/// What a check found.
#[wasm_bindgen]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    entries: usize,
    problems: Vec<String>,
}

#[wasm_bindgen]
impl Report {
    /// How many entries the file has.
    #[wasm_bindgen(getter)]
    pub fn entries(&self) -> u32 {
        u32::try_from(self.entries).unwrap_or(u32::MAX)
    }

    /// Every problem, one line each: `NAME: entry "x": field "definition_en": …`.
    #[wasm_bindgen(getter)]
    pub fn problems(&self) -> Vec<String> {
        self.problems.clone()
    }
}

/// Checks the text of file `name`. `known_ids` are the built-in glossary's ids, which
/// `related` may name too.
#[wasm_bindgen]
pub fn check(name: &str, text: &str, known_ids: Vec<String>) -> Report {
    if text.len() > glossary_format::fields::MAX_FILE_BYTES {
        return Report {
            entries: 0,
            problems: vec![format!(
                "{name}: {} bytes, larger than the {} KB the widgets read",
                text.len(),
                glossary_format::fields::MAX_FILE_BYTES / 1024
            )],
        };
    }
    let parsed = match serde_json::from_str::<serde_json::Value>(text) {
        Ok(v) => convert(v),
        Err(e) => {
            return Report {
                entries: 0,
                problems: vec![format!("{name}: not JSON: {e}")],
            }
        }
    };
    let known: Vec<&str> = known_ids.iter().map(String::as_str).collect();
    let (entries, problems) = glossary_format::check(&parsed, &known);
    Report {
        entries,
        problems: problems.iter().map(|p| format!("{name}: {p}")).collect(),
    }
}

/// The largest author's file the widgets read, in bytes
/// ([`glossary_format::fields::MAX_FILE_BYTES`]).
#[wasm_bindgen(js_name = maxFileBytes)]
pub fn max_file_bytes() -> u32 {
    u32::try_from(glossary_format::fields::MAX_FILE_BYTES).unwrap_or(u32::MAX)
}

/// The JSON Schema of the file format (the same as `schema/glossary.schema.json`).
#[wasm_bindgen]
pub fn schema() -> String {
    glossary_format::schema::json_schema()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    /// Issue 24: a file larger than the widgets read is a problem, not parsed.
    #[test]
    fn a_file_over_the_limit_is_refused() {
        let big = format!(
            "{{\"terms\": [], \"pad\": \"{}\"}}",
            "x".repeat(glossary_format::fields::MAX_FILE_BYTES)
        );
        let r = check("big.json", &big, vec![]);
        assert_eq!(r.entries, 0);
        assert_eq!(r.problems.len(), 1);
        assert!(
            r.problems[0].contains("larger than the 512 KB"),
            "{:?}",
            r.problems
        );
    }

    #[test]
    fn a_good_file_has_no_problems() {
        let text = r#"{"terms": [{"id": "kantei", "ja": "官邸", "reading": "かんてい",
            "en": "Kantei", "definition_en": "The Prime Minister's office.",
            "related": ["deterrence"],
            "source": {"title": "Cabinet", "url": "https://www.kantei.go.jp/", "date": "2024"}}]}"#;
        let r = check("my-terms.json", text, vec!["deterrence".into()]);
        assert_eq!(
            r,
            Report {
                entries: 1,
                problems: vec![]
            }
        );
    }

    #[test]
    fn problems_name_the_file_the_entry_and_the_field() {
        let text = r#"{"terms": [{"id": "x", "ja": "官邸", "definition_en": 5,
            "source": {"title": "T", "url": "javascript:alert(1)"}}, 7]}"#;
        let r = check("my-terms.json", text, vec![]);
        assert_eq!(r.entries, 1);
        let all = r.problems.join("\n");
        assert!(
            all.contains("my-terms.json: entry \"x\": field \"definition_en\": must be text"),
            "{all}"
        );
        assert!(all.contains("my-terms.json: entry \"x\": field \"source.url\": \"javascript:alert(1)\" is not an http:// or https:// URL"), "{all}");
        assert!(
            all.contains("my-terms.json: entry 2: must be an object"),
            "{all}"
        );
    }

    #[test]
    fn not_json_is_one_problem() {
        let r = check("a.json", "{nope", vec![]);
        assert_eq!(r.problems.len(), 1);
        assert!(r.problems[0].starts_with("a.json: not JSON: "));
    }
}
