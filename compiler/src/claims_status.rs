//! The state of the claims across `widgets/`, read generically (every table with an `id`,
//! a `cite` list and a `checked` date is a claim, wherever it stands): how many there
//! are, which are past their `recheck_by`, and each owner's oldest check. For
//! `make content-status` and the build's warnings; the checks themselves are
//! [`crate::claims`]'s.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use toml::Value;

use crate::claims::today;
use crate::hotspot_map::dates::parse_date;

/// One claim as the status sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Seen {
    /// The file it is in.
    pub file: String,
    /// Its id (`owner/suffix`).
    pub id: String,
    /// When it was checked up to.
    pub checked: String,
    /// When to check it again (empty when fixed).
    pub recheck_by: String,
}

/// Every claim found, and the number of sources.
#[derive(Debug, Default)]
pub struct Status {
    /// The claims, in file order.
    pub claims: Vec<Seen>,
    /// How many `[[source]]` records `sources.toml` has.
    pub sources: usize,
    /// Today, `YYYY-MM-DD`.
    pub today: String,
}

fn toml_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for p in paths {
        if p.is_dir() {
            toml_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "toml") {
            out.push(p);
        }
    }
}

fn walk(v: &Value, file: &str, out: &mut Vec<Seen>) {
    match v {
        Value::Table(t) => {
            let text = |k: &str| t.get(k).and_then(Value::as_str).unwrap_or("").to_string();
            if t.contains_key("cite") && t.contains_key("checked") {
                out.push(Seen {
                    file: file.to_string(),
                    id: text("id"),
                    checked: text("checked"),
                    recheck_by: text("recheck_by"),
                });
            }
            for v in t.values() {
                walk(v, file, out);
            }
        }
        Value::Array(a) => a.iter().for_each(|v| walk(v, file, out)),
        _ => {}
    }
}

/// Reads every TOML file under `widgets_dir` (unreadable files are the build's to report).
pub fn status(widgets_dir: &Path) -> Status {
    let mut files = Vec::new();
    toml_files(widgets_dir, &mut files);
    let mut s = Status {
        today: {
            let d = today();
            format!(
                "{:04}-{:02}-{:02}",
                d.year,
                d.month.unwrap_or(1),
                d.day.unwrap_or(1)
            )
        },
        ..Status::default()
    };
    for f in files {
        let Ok(text) = std::fs::read_to_string(&f) else {
            continue;
        };
        let Ok(value) = text.parse::<Value>() else {
            continue;
        };
        if f.ends_with("sources.toml") {
            s.sources = value
                .get("source")
                .and_then(Value::as_array)
                .map_or(0, Vec::len);
        }
        walk(&value, &f.display().to_string(), &mut s.claims);
    }
    s
}

impl Status {
    /// The claims whose `recheck_by` is before today.
    pub fn due(&self) -> Vec<&Seen> {
        self.claims
            .iter()
            .filter(|c| !c.recheck_by.is_empty() && c.recheck_by < self.today)
            .collect()
    }

    /// Each owner's (the id before `/`) oldest check and claim count, oldest first.
    pub fn oldest(&self) -> Vec<(String, String, usize)> {
        let mut by: BTreeMap<String, (String, usize)> = BTreeMap::new();
        for c in &self.claims {
            let owner = c.id.split('/').next().unwrap_or("").to_string();
            let e = by.entry(owner).or_insert_with(|| (c.checked.clone(), 0));
            if c.checked < e.0 {
                e.0.clone_from(&c.checked);
            }
            e.1 += 1;
        }
        let mut v: Vec<(String, String, usize)> =
            by.into_iter().map(|(o, (d, n))| (o, d, n)).collect();
        v.sort_by(|a, b| a.1.cmp(&b.1).then(a.0.cmp(&b.0)));
        v
    }

    /// The report `make content-status` prints.
    pub fn report(&self) -> String {
        let mut out = String::new();
        let moving = self
            .claims
            .iter()
            .filter(|c| !c.recheck_by.is_empty())
            .count();
        let _ = writeln!(
            out,
            "{} claims ({} about moving situations, with recheck_by), {} sources; today {}",
            self.claims.len(),
            moving,
            self.sources,
            self.today
        );
        let due = self.due();
        let _ = writeln!(out, "\ndue for a new check ({}):", due.len());
        for c in &due {
            let _ = writeln!(out, "  {}  recheck_by {}  ({})", c.id, c.recheck_by, c.file);
        }
        let _ = writeln!(
            out,
            "\noldest check per entry, card and place (what readers are shown):"
        );
        for (owner, date, n) in self.oldest().iter().take(40) {
            let shown = parse_date(date).map_or("invalid", |_| date.as_str());
            let _ = writeln!(out, "  {shown}  {owner} ({n} claims)");
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn claims_are_found_wherever_they_stand() {
        let v: Value = r#"
            [[term]]
            id = "a"
            [[term.claim]]
            id = "a/def"
            cite = ["x p. 1"]
            checked = "2026-01-01"
            recheck_by = "2026-06-01"
            [[hotspot]]
            id = "b"
            [[hotspot.event]]
            id = "b/1"
            cite = ["x p. 1"]
            checked = "2025-01-01"
        "#
        .parse()
        .unwrap_or(Value::Boolean(false));
        let mut claims = Vec::new();
        walk(&v, "f", &mut claims);
        let s = Status {
            claims,
            sources: 1,
            today: "2026-12-04".into(),
        };
        assert_eq!(s.claims.len(), 2);
        assert_eq!(s.due().len(), 1);
        assert_eq!(s.oldest().first().map(|o| o.0.as_str()), Some("b"));
    }
}
