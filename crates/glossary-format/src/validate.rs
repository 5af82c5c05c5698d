//! The checks on typed entries, the same for the built-in glossary (the content
//! build) and an author's file (`npx east-asia-explainers check`): ids, required
//! fields, lengths (from the field table), readings, related ids, source URLs and the
//! forms matched in text.

use std::collections::{BTreeMap, BTreeSet};

use crate::entry::{Entry, Problem};
use crate::fields::{Kind, Need, FIELDS, SOURCE_FIELDS};
use crate::text::{clash_key, form_long_enough, is_http_url, is_kebab_id, is_reading};

/// Every problem in `entries` (in file order). `external_ids` are ids `related` may
/// name besides the entries' own (the built-in glossary's, for an author's file).
pub fn validate(entries: &[Entry], external_ids: &[&str]) -> Vec<Problem> {
    let mut problems = Vec::new();
    let ids: BTreeSet<&str> = entries
        .iter()
        .map(|e| e.id.as_str())
        .chain(external_ids.iter().copied())
        .collect();
    let mut seen = BTreeSet::new();
    // Every matching form seen so far (by its clash key), with its entry and field.
    let mut forms: BTreeMap<String, (String, &str)> = BTreeMap::new();
    for (i, e) in entries.iter().enumerate() {
        let label: String = e.id.trim().chars().take(80).collect();
        let label = label.as_str();
        let mut bad =
            |field: &str, msg: String| problems.push(Problem::new(i + 1, label, field, msg));
        if !is_kebab_id(&e.id) {
            bad(
                "id",
                "must be a kebab-case id such as `east-china-sea`".into(),
            );
        } else if !seen.insert(e.id.as_str()) {
            bad("id", "duplicate id".into());
        }
        fields(e, &mut bad);
        related(e, &ids, &mut bad);
        source(e, &mut bad);
        let all = [("ja", &e.ja), ("en", &e.en)]
            .into_iter()
            .filter(|(_, f)| !f.trim().is_empty())
            .chain(e.match_ja.iter().map(|f| ("match_ja", f)))
            .chain(e.match_en.iter().map(|f| ("match_en", f)));
        let mut own = BTreeSet::new();
        for (field, form) in all {
            if !form_long_enough(form) {
                bad(
                    field,
                    format!("form \"{form}\" is too short to match safely"),
                );
                continue;
            }
            let key = clash_key(form);
            if !own.insert(key.clone()) {
                continue;
            }
            if let Some((other, other_field)) = forms.get(&key) {
                bad(field, format!("form \"{form}\" is also a form of \"{other}\" (its `{other_field}`): two entries cannot share a matching form, or text would be linked to the wrong one"));
            } else {
                forms.insert(key, (e.id.clone(), field));
            }
        }
    }
    problems
}

/// Required fields, lengths and readings, from the field table.
fn fields(e: &Entry, bad: &mut impl FnMut(&str, String)) {
    for f in FIELDS {
        let text = e.text(f.name);
        match f.need {
            Need::Required if f.name != "id" && text.trim().is_empty() => {
                bad(f.name, "required".into());
            }
            // Reported once, on the first of the pair (by name).
            Need::OneOf(other)
                if f.name < other && text.trim().is_empty() && e.text(other).trim().is_empty() =>
            {
                bad(
                    f.name,
                    format!("required: give `{}`, `{other}` or both", f.name),
                );
            }
            _ => {}
        }
        let long = |s: &String| s.chars().count() > f.max;
        match f.kind {
            Kind::Forms | Kind::Ids if e.list(f.name).iter().any(long) => {
                bad(f.name, format!("each text is at most {} characters", f.max));
            }
            Kind::Id | Kind::Text | Kind::Kana | Kind::Url if text.chars().count() > f.max => {
                bad(f.name, format!("too long: at most {} characters", f.max));
            }
            _ => {}
        }
    }
    if !e.reading.is_empty() && !is_reading(&e.reading) {
        bad("reading", "must be kana only (hiragana or katakana)".into());
    }
}

fn related(e: &Entry, ids: &BTreeSet<&str>, bad: &mut impl FnMut(&str, String)) {
    let mut seen = BTreeSet::new();
    for r in &e.related {
        if r == &e.id {
            bad("related", "an entry cannot be related to itself".into());
        } else if !ids.contains(r.as_str()) {
            bad("related", format!("unknown id \"{r}\""));
        } else if !seen.insert(r) {
            bad("related", format!("\"{r}\" listed twice"));
        }
    }
}

fn source(e: &Entry, bad: &mut impl FnMut(&str, String)) {
    let Some(s) = &e.source else {
        return;
    };
    for f in SOURCE_FIELDS {
        let value = match f.name {
            "title" => &s.title,
            "url" => &s.url,
            _ => &s.date,
        };
        let name = format!("source.{}", f.name);
        if f.need == Need::Required && value.trim().is_empty() {
            bad(&name, "required".into());
        } else if value.chars().count() > f.max {
            bad(&name, format!("too long: at most {} characters", f.max));
        } else if f.kind == Kind::Url && !value.is_empty() && !is_http_url(value) {
            bad(
                &name,
                format!("\"{value}\" is not an http:// or https:// URL"),
            );
        }
    }
}
