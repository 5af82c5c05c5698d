//! Loading the author's glossary a `<glossary-scope src="…">` names: the loader
//! fetches it (resolved against the page's URL; it warns once when the file is
//! missing or not JSON), this decodes it ([`author::decode`]), warns once about the
//! problems it has and once about ids that replace built-in entries, and keeps its
//! entries for the page.

use std::rc::Rc;

use super::author::{self, Problem};
use super::index::{EntryForms, Index};
use crate::data::{self, Done};

/// One warning for a file's problems: the first, and how many more.
fn problems_message(src: &str, problems: &[Problem]) -> Option<String> {
    let first = problems.first()?;
    let more = problems.len() - 1;
    let mut parts = vec![src, ": "];
    if !first.entry.is_empty() {
        parts.extend([first.entry.as_str(), ": "]);
    }
    if !first.field.is_empty() {
        parts.extend(["field \"", first.field, "\" "]);
    }
    parts.push(first.reason);
    let count = more.to_string();
    if more > 0 {
        parts.extend([" (and ", count.as_str(), " more problems)"]);
    }
    parts.push("; entries with problems are left out (check the file with `npx east-asia-explainers check`).");
    Some(parts.concat())
}

/// Loads, checks and keeps the file `src`; passes `done` each usable entry's id and
/// forms (for [`Index::merged`]), none when the file could not be had. Its problems go
/// to `warn`, once per file; `built_in` names the ids its entries replace.
pub fn load(
    warn: impl Fn(&str) + 'static,
    src: String,
    built_in: Option<Rc<Index>>,
    done: Done<Vec<EntryForms>>,
) {
    // The loader warns about a file it cannot load, and answers null (not an object).
    data::request("author", "", &src.clone(), move |answer| {
        let Ok(file) = answer else {
            return done(Vec::new());
        };
        let (entries, problems) = author::decode(&file);
        let first = author::first_sight(&src);
        if let Some(message) = problems_message(&src, &problems).filter(|_| first) {
            warn(&message);
        }
        let replaced: Vec<String> = entries
            .iter()
            .filter(|a| {
                built_in
                    .as_ref()
                    .is_some_and(|i| i.position(&a.id).is_some())
            })
            .map(|a| ["\"", &a.id, "\""].concat())
            .collect();
        if first && !replaced.is_empty() {
            warn(
                &[
                    src.as_str(),
                    ": inside its scope, its entries replace the built-in ones with the same id: ",
                    &replaced.join(", "),
                    ".",
                ]
                .concat(),
            );
        }
        author::register(&src, &entries);
        done(
            entries
                .iter()
                .map(|a| (a.id.clone(), a.match_forms()))
                .collect(),
        )
    });
}
