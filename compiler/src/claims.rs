//! Claims: every displayed statement of fact in `widgets/`, with its sources (each with a
//! locator), its kind and the date it was last checked. A glossary entry's definition and
//! explanation, a card's stakes and timeline, a place's note are lists of claims; the text
//! readers see is the claims joined, and the sources they see are the claims' sources.
//!
//! The rules (the build fails on any of them):
//! - an id `owner/suffix` (the entry's, card's or place's id, then kebab-case), unique;
//! - both languages, each in its script;
//! - a kind: `stated` (the source states it), `position` (a party's stated position,
//!   attributed in the text), `argument` (a document's own view, attributed), `summary`
//!   (ours, of at least two sources);
//! - at least one `cite`, each `"<source id> <locator>"`: a known source and a locator
//!   (for a seed, `¶N` or `¶N–M` within the paragraphs `sources.toml` records for it);
//!   a source of unknown date may back only an attributed claim (`argument`, `position`);
//! - `checked`, a full date not after today; `recheck_by`, when written, a full date after
//!   it (past due: a warning, listed by `make content-status`).

use std::collections::BTreeSet;

use serde::Deserialize;

use crate::error::Problems;
use crate::hotspot_map::dates::{parse_date, Date};
use crate::sources::{Source, Sources};
use crate::text::{looks_english, looks_japanese};

/// One claim, as written in the content files.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Claim {
    /// `owner/suffix`, unique across the content (`aiib/def`, `taiwan/1972-09-29`).
    pub id: String,
    /// Which part of a glossary entry it belongs to: `definition` or `explanation`
    /// (glossary claims only).
    #[serde(default)]
    pub part: String,
    /// The event's date (timeline events only): `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    #[serde(default)]
    pub date: String,
    /// `stated`, `position`, `argument` or `summary` (see the module's rules).
    pub kind: String,
    /// The sources, each `"<source id> <locator>"`.
    pub cite: Vec<String>,
    /// The date up to which the record was checked for this claim (`YYYY-MM-DD`).
    pub checked: String,
    /// For a claim about a moving situation: when to check it again (`YYYY-MM-DD`).
    #[serde(default)]
    pub recheck_by: String,
    /// The claim in Japanese.
    pub ja: String,
    /// The claim in English.
    pub en: String,
}

/// The claim fields of a text whose words stand elsewhere (a card's measures, an
/// example's title and lists, a `[model]` list or help text): the build joins those words into one claim with these
/// fields and checks it like any other.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Evidence {
    /// `owner/suffix` (`step-1-credible-commitments/text`, `model/how`).
    pub id: String,
    /// `stated`, `position`, `argument` or `summary`.
    pub kind: String,
    /// The sources, each `"<source id> <locator>"`.
    pub cite: Vec<String>,
    /// The date up to which the record was checked (`YYYY-MM-DD`).
    pub checked: String,
    /// For a moving situation: when to check again (`YYYY-MM-DD`).
    #[serde(default)]
    pub recheck_by: String,
}

impl Evidence {
    /// These fields with the words they cover, as one claim for the claim checks.
    pub fn claim(&self, ja: String, en: String) -> Claim {
        Claim {
            id: self.id.clone(),
            kind: self.kind.clone(),
            cite: self.cite.clone(),
            checked: self.checked.clone(),
            recheck_by: self.recheck_by.clone(),
            ja,
            en,
            ..Claim::default()
        }
    }
}

/// The kinds a claim may have.
pub const KINDS: [&str; 4] = ["stated", "position", "argument", "summary"];

/// One source a claim cites: the source's id and where in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cite {
    /// The source's id in `sources.toml`.
    pub source: String,
    /// Where in the source (`¶12–14`, `Art. 5`, `p. 3`).
    pub locator: String,
}

/// Splits `"<source id> <locator>"`; `None` without both parts.
pub fn parse_cite(s: &str) -> Option<Cite> {
    let (source, locator) = s.trim().split_once(char::is_whitespace)?;
    let locator = locator.trim();
    (!source.is_empty() && !locator.is_empty()).then(|| Cite {
        source: source.to_string(),
        locator: locator.to_string(),
    })
}

/// The paragraph ranges of a seed locator (`¶12`, `¶12–14`, `¶3, ¶7`); `None` unless
/// every part is one.
pub fn seed_paragraphs(locator: &str) -> Option<Vec<(u32, u32)>> {
    locator
        .split(',')
        .map(|part| {
            let p = part.trim().strip_prefix('¶')?;
            let (a, b) = match p.split_once(['–', '-']) {
                Some((a, b)) => (a.trim().parse().ok()?, b.trim().parse().ok()?),
                None => {
                    let n = p.trim().parse().ok()?;
                    (n, n)
                }
            };
            (a >= 1 && b >= a).then_some((a, b))
        })
        .collect()
}

/// Today's date (UTC), for the checks that compare with it.
pub(crate) fn today() -> Date {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    civil_from_days(i64::try_from(secs / 86_400).unwrap_or(0))
}

/// The calendar date `days` days after 1970-01-01 (Howard Hinnant's algorithm).
fn civil_from_days(days: i64) -> Date {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    Date {
        year: u16::try_from(year).unwrap_or(1970),
        month: u8::try_from(month).ok(),
        day: u8::try_from(day).ok(),
    }
}

/// A full date (`YYYY-MM-DD`), or `None`.
pub(crate) fn full_date(s: &str) -> Option<Date> {
    parse_date(s).filter(|d| d.day.is_some())
}

/// What the claim checks keep between claims: today, and the ids seen so far (each id
/// once in a widget's content). Which claims are due is `claims_status`'s to list.
pub(crate) struct Checker {
    /// The date the build runs (checked dates may not be later).
    pub(crate) today: Date,
    /// Ids seen so far.
    pub(crate) seen: BTreeSet<String>,
}

impl Checker {
    /// A checker for a build on `today`.
    pub(crate) fn new(today: Date) -> Self {
        Checker {
            today,
            seen: BTreeSet::new(),
        }
    }

    /// Checks one claim owned by `owner` (an entry, card or place id) in `file`,
    /// recording every problem under `entry` (how the file's messages name the owner).
    pub(crate) fn check(
        &mut self,
        claim: &Claim,
        owner: &str,
        sources: &Sources,
        (file, entry): (&str, &str),
        problems: &mut Problems,
    ) {
        let field = |f: &str| {
            if claim.id.is_empty() {
                format!("claim.{f}")
            } else {
                format!("claim \"{}\".{f}", claim.id)
            }
        };
        let mut bad = |f: &str, m: String| problems.push(file, entry, &field(f), m);
        match claim.id.split_once('/') {
            Some((o, suffix))
                if o == owner
                    && !suffix.is_empty()
                    && suffix
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-') => {}
            _ => bad(
                "id",
                format!("every claim needs an id \"{owner}/<suffix>\" (suffix: a-z, 0-9, -)"),
            ),
        }
        if !claim.id.is_empty() && !self.seen.insert(claim.id.clone()) {
            bad("id", "duplicate claim id".into());
        }
        if !looks_japanese(&claim.ja) {
            bad("ja", "missing or not Japanese".into());
        }
        if !looks_english(&claim.en) {
            bad("en", "missing or not English".into());
        }
        if !KINDS.contains(&claim.kind.as_str()) {
            bad("kind", format!("must be one of {}", KINDS.join(", ")));
        }
        if claim.cite.is_empty() {
            bad("cite", "every claim needs at least one source".into());
        }
        if claim.kind == "summary" && claim.cite.len() < 2 {
            bad("cite", "a summary cites at least two sources".into());
        }
        for c in &claim.cite {
            match cited_source(c, sources) {
                Err(m) => bad("cite", m),
                Ok(s) => {
                    if s.date == "unknown"
                        && !matches!(claim.kind.as_str(), "argument" | "position")
                    {
                        bad("kind", format!("\"{}\" has no known date: a claim resting on it is attributed to it (kind \"argument\" or \"position\")", s.id));
                    }
                }
            }
        }
        let checked = full_date(&claim.checked);
        match checked {
            None => bad(
                "checked",
                "the date the claim was last checked, YYYY-MM-DD".into(),
            ),
            Some(d) if d > self.today => bad(
                "checked",
                "is after today: a check cannot be dated ahead".into(),
            ),
            Some(_) => {}
        }
        if !claim.recheck_by.is_empty() {
            match full_date(&claim.recheck_by) {
                None => bad("recheck_by", "must be a date, YYYY-MM-DD".into()),
                // Past it, the claim is due (claims_status lists it): not an error.
                Some(r) if checked.is_some_and(|c| r <= c) => {
                    bad("recheck_by", "must come after `checked`".into())
                }
                Some(_) => {}
            }
        }
    }
}

/// The source a cite (`"<source id> <locator>"`) names, when the cite is well formed,
/// the source known and the locator able to point into it; else why not. Every cite in
/// the content (a claim's, a map layer feature's) is checked by this.
pub fn cited_source<'s>(c: &str, sources: &'s Sources) -> Result<&'s Source, String> {
    let cite = parse_cite(c).ok_or_else(|| {
        format!("\"{c}\" is not \"<source id> <locator>\" (a locator is required)")
    })?;
    let s = sources.get(&cite.source).ok_or_else(|| {
        format!(
            "unknown source id \"{}\" (see widgets/sources.toml)",
            cite.source
        )
    })?;
    locator_ok(s, &cite.locator).map_err(|m| format!("\"{c}\": {m}"))?;
    Ok(s)
}

/// Whether `locator` can point into source `s`: non-empty, not a placeholder, and for a
/// seed, paragraphs within the count `sources.toml` records for it.
pub fn locator_ok(s: &Source, locator: &str) -> Result<(), String> {
    if locator.contains('?') {
        return Err("the locator is a placeholder".into());
    }
    if s.kind != "seed" {
        return Ok(());
    }
    let Some(ranges) = seed_paragraphs(locator) else {
        return Err(
            "a seed's locator is ¶N or ¶N–M (paragraphs, see scripts/seed-paragraphs.mjs)".into(),
        );
    };
    let count = s.paragraphs.unwrap_or(0);
    match ranges.iter().find(|(_, b)| *b > count) {
        Some((_, b)) => Err(format!(
            "paragraph {b} is out of range ({} has {count})",
            s.id
        )),
        None => Ok(()),
    }
}

/// The oldest `checked` date of `claims` (what a reader may be told the text was checked
/// up to), or `None` when none has a valid one.
pub(crate) fn as_of<'c>(claims: impl IntoIterator<Item = &'c Claim>) -> Option<Date> {
    claims
        .into_iter()
        .filter_map(|c| full_date(&c.checked))
        .min()
}

/// The claims' text in one language, joined as readers see it (Japanese without spaces).
pub fn joined<'c>(claims: impl IntoIterator<Item = &'c Claim>, lang: &str) -> String {
    let mut out = String::new();
    for c in claims {
        if lang == "ja" {
            out.push_str(&c.ja);
        } else {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(&c.en);
        }
    }
    out
}

/// The sources `claims` cite, each once in order of first citation, with their locators
/// in order (each once).
pub fn cited<'c>(claims: impl IntoIterator<Item = &'c Claim>) -> Vec<(String, Vec<String>)> {
    let mut out: Vec<(String, Vec<String>)> = Vec::new();
    for cite in claims
        .into_iter()
        .flat_map(|c| c.cite.iter())
        .filter_map(|c| parse_cite(c))
    {
        match out.iter_mut().find(|(s, _)| *s == cite.source) {
            Some((_, locs)) => {
                if !locs.contains(&cite.locator) {
                    locs.push(cite.locator);
                }
            }
            None => out.push((cite.source, vec![cite.locator])),
        }
    }
    out
}

/// A locator as readers see it: a seed's paragraphs in words (`第12〜14段落`,
/// `paras. 12–14`); in Japanese, a public source's paragraphs and articles too
/// (`para. 3` → `第3段落`, `Art. 5` → `第5条`); anything else as written.
pub fn locator_label(locator: &str, lang: &str) -> String {
    // The model's rules, by their item in "How this model works" (`how 7`).
    if let Some(n) = locator
        .strip_prefix("how ")
        .filter(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
    {
        return if lang == "ja" {
            format!("「このモデルのしくみ」第{n}項")
        } else {
            format!("'How this model works', item {n}")
        };
    }
    let Some(ranges) = seed_paragraphs(locator) else {
        if lang == "ja" {
            for (prefixes, before, after) in [
                (&["paras. ", "para. "][..], "第", "段落"),
                (&["Arts. ", "Art. "][..], "第", "条"),
            ] {
                for p in prefixes {
                    if let Some(rest) = locator.strip_prefix(p) {
                        if !rest.is_empty()
                            && rest
                                .chars()
                                .all(|c| c.is_ascii_digit() || matches!(c, '–' | '-' | ',' | ' '))
                        {
                            let rest = rest.replace(['–', '-'], "〜").replace(", ", "、");
                            return format!("{before}{rest}{after}");
                        }
                    }
                }
            }
        }
        return locator.to_string();
    };
    let many = ranges.len() > 1 || ranges.iter().any(|(a, b)| a != b);
    let parts: Vec<String> = ranges
        .iter()
        .map(|&(a, b)| match (lang, a == b) {
            ("ja", true) => format!("{a}"),
            ("ja", false) => format!("{a}〜{b}"),
            (_, true) => format!("{a}"),
            (_, false) => format!("{a}–{b}"),
        })
        .collect();
    if lang == "ja" {
        format!("第{}段落", parts.join("、"))
    } else if many {
        format!("paras. {}", parts.join(", "))
    } else {
        format!("para. {}", parts.join(", "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sources() -> Sources {
        let source = Source::for_test;
        Sources(vec![
            source("seed-004", "seed", Some(149), "2025-03-31"),
            source("public-x", "public", None, "2010-04-08"),
            source("public-undated", "public", None, "unknown"),
        ])
    }

    fn claim() -> Claim {
        Claim {
            id: "aiib/def".into(),
            part: "definition".into(),
            kind: "stated".into(),
            cite: vec!["public-x Art. 3".into()],
            checked: "2026-12-04".into(),
            ja: "中国の提唱で設立された開発銀行。".into(),
            en: "A development bank founded on China's initiative.".into(),
            ..Claim::default()
        }
    }

    fn problems_of(c: &Claim) -> Problems {
        let s = sources();
        let mut checker = Checker::new(Date {
            year: 2026,
            month: Some(12),
            day: Some(4),
        });
        let mut p = Problems::default();
        checker.check(c, "aiib", &s, ("terms.toml", "term \"aiib\""), &mut p);
        p
    }

    fn fails(c: &Claim, field: &str) -> bool {
        problems_of(c).mentions("term \"aiib\"", &format!("claim \"{}\".{field}", c.id))
    }

    #[test]
    fn a_good_claim_passes() {
        assert!(
            problems_of(&claim()).is_empty(),
            "{}",
            problems_of(&claim())
        );
    }

    /// Regression (issue 21): a displayed sentence with no sources got through.
    #[test]
    fn an_unsourced_claim_fails() {
        let c = Claim {
            cite: vec![],
            ..claim()
        };
        assert!(fails(&c, "cite"));
        let placeholder = Claim {
            cite: vec!["public-x ?".into()],
            ..claim()
        };
        assert!(fails(&placeholder, "cite"));
        let no_locator = Claim {
            cite: vec!["public-x".into()],
            ..claim()
        };
        assert!(fails(&no_locator, "cite"));
        let unknown = Claim {
            cite: vec!["public-nope p. 1".into()],
            ..claim()
        };
        assert!(fails(&unknown, "cite"));
    }

    /// Regression (issue 21): a seed cited at a paragraph it does not have.
    #[test]
    fn a_seed_locator_out_of_range_fails() {
        let ok = Claim {
            cite: vec!["seed-004 ¶12–14".into()],
            ..claim()
        };
        assert!(!fails(&ok, "cite"));
        let out = Claim {
            cite: vec!["seed-004 ¶148–150".into()],
            ..claim()
        };
        assert!(fails(&out, "cite"));
        let words = Claim {
            cite: vec!["seed-004 p. 3".into()],
            ..claim()
        };
        assert!(fails(&words, "cite"));
        let backwards = Claim {
            cite: vec!["seed-004 ¶14–12".into()],
            ..claim()
        };
        assert!(fails(&backwards, "cite"));
    }

    #[test]
    fn an_undated_source_backs_only_an_attributed_claim() {
        let c = Claim {
            cite: vec!["public-undated p. 2".into()],
            ..claim()
        };
        assert!(fails(&c, "kind"));
        let attributed = Claim {
            kind: "argument".into(),
            ..c
        };
        assert!(!fails(&attributed, "kind"));
    }

    #[test]
    fn ids_kinds_dates_and_languages_are_checked() {
        assert!(fails(
            &Claim {
                id: "other/def".into(),
                ..claim()
            },
            "id"
        ));
        assert!(fails(
            &Claim {
                kind: "fact".into(),
                ..claim()
            },
            "kind"
        ));
        assert!(fails(
            &Claim {
                kind: "summary".into(),
                ..claim()
            },
            "cite"
        ));
        assert!(fails(
            &Claim {
                checked: "2026-12".into(),
                ..claim()
            },
            "checked"
        ));
        assert!(fails(
            &Claim {
                checked: "2027-01-01".into(),
                ..claim()
            },
            "checked"
        ));
        assert!(fails(
            &Claim {
                recheck_by: "2026-01-01".into(),
                ..claim()
            },
            "recheck_by"
        ));
        assert!(fails(
            &Claim {
                ja: "English only.".into(),
                ..claim()
            },
            "ja"
        ));
        assert!(fails(
            &Claim {
                en: "日本語".into(),
                ..claim()
            },
            "en"
        ));
    }

    /// (That it is listed as due is `claims_status`'s test.)
    #[test]
    fn a_past_recheck_date_is_not_an_error() {
        let s = sources();
        let mut checker = Checker::new(Date {
            year: 2027,
            month: Some(7),
            day: Some(1),
        });
        let mut p = Problems::default();
        let c = Claim {
            recheck_by: "2027-06-01".into(),
            ..claim()
        };
        checker.check(&c, "aiib", &s, ("f", "e"), &mut p);
        assert!(p.is_empty(), "{p}");
    }

    #[test]
    fn as_of_is_the_oldest_check() {
        let a = Claim {
            checked: "2026-12-04".into(),
            ..claim()
        };
        let b = Claim {
            checked: "2026-02-28".into(),
            ..claim()
        };
        assert_eq!(as_of([&a, &b]), full_date("2026-02-28"));
    }

    #[test]
    fn cited_sources_merge_their_locators() {
        let a = Claim {
            cite: vec!["seed-004 ¶3".into(), "public-x Art. 1".into()],
            ..claim()
        };
        let b = Claim {
            cite: vec!["seed-004 ¶9".into(), "seed-004 ¶3".into()],
            ..claim()
        };
        assert_eq!(
            cited([&a, &b]),
            vec![
                (
                    "seed-004".to_string(),
                    vec!["¶3".to_string(), "¶9".to_string()]
                ),
                ("public-x".to_string(), vec!["Art. 1".to_string()]),
            ]
        );
    }

    #[test]
    fn seed_locators_read_as_words() {
        assert_eq!(locator_label("¶12–14", "ja"), "第12〜14段落");
        assert_eq!(locator_label("¶12", "en"), "para. 12");
        assert_eq!(locator_label("¶3, ¶7", "en"), "paras. 3, 7");
        assert_eq!(locator_label("Art. 5", "ja"), "第5条");
        assert_eq!(locator_label("paras. 2–3", "ja"), "第2〜3段落");
        assert_eq!(locator_label("para. 2", "en"), "para. 2");
        assert_eq!(locator_label("Art. 5(1)", "ja"), "Art. 5(1)");
        assert_eq!(
            locator_label("how 7", "en"),
            "'How this model works', item 7"
        );
    }

    #[test]
    fn today_is_a_real_date() {
        assert_eq!(
            civil_from_days(0),
            Date {
                year: 1970,
                month: Some(1),
                day: Some(1)
            }
        );
        assert_eq!(
            civil_from_days(20_791),
            Date {
                year: 2026,
                month: Some(12),
                day: Some(4)
            }
        );
    }
}
