//! The glossary format: what an entry is, checked the same way everywhere.
//!
//! [`fields::FIELDS`] is the one owner of the format: every field's name, type,
//! whether it is required, its length limit and its description. From it come
//! - [`decode::decode_file`]: a parsed JSON document ([`value::Value`]) into typed
//!   [`entry::Entry`]s, naming every field of the wrong type or unknown;
//! - [`validate::validate`]: the checks on typed entries (ids, required fields,
//!   lengths, readings, related ids, source URLs, matching forms), used by the
//!   content build for the built-in glossary and by `npx east-asia-explainers check`
//!   for an author's file;
//! - [`schema::json_schema`]: the published JSON Schema.
//!
//! No dependencies, no file system: it compiles to wasm32 as well as natively.

pub mod decode;
pub mod entry;
pub mod fields;
pub mod schema;
pub mod text;
pub mod validate;
pub mod value;

pub use decode::decode_file;
pub use entry::{Entry, Problem, Source};
pub use validate::validate;
pub use value::Value;

/// Decodes and validates a whole parsed file: every problem, in the order found, and
/// how many entries it has. `external_ids` are ids that `related` may also name (the
/// built-in glossary's, for an author's file).
pub fn check(file: &Value, external_ids: &[&str]) -> (usize, Vec<Problem>) {
    let mut problems = Vec::new();
    let entries = decode_file(file, &mut problems);
    // A field of the wrong type is decoded as empty: its "required" is not news.
    let checked: Vec<Problem> = validate(&entries, external_ids)
        .into_iter()
        .filter(|p| {
            !problems
                .iter()
                .any(|d| d.position == p.position && d.field == p.field)
        })
        .collect();
    problems.extend(checked);
    (entries.len(), problems)
}
