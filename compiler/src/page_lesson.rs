//! The teaching page's lesson as content (issue 21): `widgets/page/lesson.toml` holds the
//! intro and sections `s1`–`s5`, each a list of parts (paragraphs and list items made of
//! claims, headings, prompts), and `widgets/page/corrections.toml` the corrections. Both
//! are checked here (every claim with [`crate::claims::Checker`], owner = the section's
//! id) and rendered into `index.html` by [`crate::page_index`]: each section's prose in
//! both languages, each claim followed by the numbers of its notes, each section ending
//! with its numbered notes (every source its claims cite, with date, link and locators,
//! [`crate::source_notes::source_html`]), and the intro's "checked up to" date computed
//! from the claims ([`crate::claims::as_of`]), never typed.

use std::path::Path;

use serde::Deserialize;

use crate::claims::{self, Checker, Claim};
use crate::error::Problems;
use crate::glossary::Glossary;
use crate::hotspot_map::dates::date_label;
use crate::markup::{self, Piece};
use crate::source_notes::{esc, source_html, Notes};
use crate::sources::{read_toml, Sources};
use crate::text::{looks_english, looks_japanese};

/// The section ids the page has (its table of contents, `js/page/`, the tests), in order.
pub const SECTIONS: [&str; 5] = ["s1", "s2", "s3", "s4", "s5"];

/// The fixed words the lesson's rendering needs, each `{ja, en}`.
pub const WORDS: [&str; 7] = [
    "notes_heading",
    "think_lead",
    "note_ref",
    "to_list",
    "corrections_heading",
    "corrections_none",
    "corrections_intro",
];

/// A pair of texts, one per language.
#[derive(Debug, Clone, Default, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Both {
    /// Japanese.
    pub ja: String,
    /// English.
    pub en: String,
}

/// One list item: an optional bold label, then claims.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Item {
    /// The label in Japanese (`台湾:`), shown in bold before the claims.
    #[serde(default)]
    pub label_ja: String,
    /// The label in English.
    #[serde(default)]
    pub label_en: String,
    /// The item's claims, in reading order.
    #[serde(default)]
    pub claim: Vec<Claim>,
}

/// One part of a section, in reading order.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Part {
    /// `p` (claims), `ul`, `ol`, `steps`, `hotspots` (lists of items), or `h3`, `think`,
    /// `how`, `aside` (the page's own words: a heading, a prompt, an instruction, a
    /// remark; no claims).
    #[serde(rename = "type")]
    pub kind: String,
    /// The words of an `h3`, `think`, `how` or `aside`, Japanese (glossary markup allowed).
    #[serde(default)]
    pub ja: String,
    /// The same in English.
    #[serde(default)]
    pub en: String,
    /// A paragraph's claims.
    #[serde(default)]
    pub claim: Vec<Claim>,
    /// A list's items.
    #[serde(default)]
    pub item: Vec<Item>,
}

/// One section (`s1`…`s5`): its parts.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    /// The section's id on the page, also the owner of its claims' ids.
    pub id: String,
    /// Its parts, in reading order.
    #[serde(default)]
    pub part: Vec<Part>,
}

/// The intro: paragraphs of the page's own words; `{date}` is replaced by the date the
/// lesson's claims were checked up to.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Intro {
    /// Japanese paragraphs.
    pub ja: Vec<String>,
    /// English paragraphs.
    pub en: Vec<String>,
}

/// `widgets/page/lesson.toml`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lesson {
    /// The fixed words ([`WORDS`]).
    pub words: std::collections::BTreeMap<String, Both>,
    /// The intro.
    pub intro: Intro,
    /// The sections, in page order.
    pub section: Vec<Section>,
}

/// One correction: when, and what was wrong and what the page says now.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Correction {
    /// `YYYY-MM-DD`.
    pub date: String,
    /// In Japanese.
    pub ja: String,
    /// In English.
    pub en: String,
}

/// `widgets/page/corrections.toml`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Corrections {
    /// The corrections (any order; shown newest first).
    #[serde(default)]
    pub correction: Vec<Correction>,
}

impl Lesson {
    /// A fixed word pair (empty when missing: the checks report it).
    fn word(&self, key: &str) -> (&str, &str) {
        self.words
            .get(key)
            .map_or(("", ""), |b| (b.ja.as_str(), b.en.as_str()))
    }

    /// Every claim of the lesson, in page order.
    pub fn claims(&self) -> impl Iterator<Item = &Claim> {
        self.section.iter().flat_map(section_claims)
    }
}

/// A section's claims in page order.
fn section_claims(s: &Section) -> impl Iterator<Item = &Claim> {
    s.part.iter().flat_map(|p| {
        p.claim
            .iter()
            .chain(p.item.iter().flat_map(|i| i.claim.iter()))
    })
}

const CLAIM_PARTS: [&str; 5] = ["p", "ul", "ol", "steps", "hotspots"];
const WORD_PARTS: [&str; 4] = ["h3", "think", "how", "aside"];

/// Checks `lesson` (read from `file`): the words, the sections and their order, every
/// part's shape, every claim, every piece of glossary markup.
pub(crate) fn check(
    lesson: &Lesson,
    file: &str,
    (sources, glossary): (&Sources, &Glossary),
    checker: &mut Checker,
    problems: &mut Problems,
) {
    for key in WORDS {
        match lesson.words.get(key) {
            Some(b) if looks_japanese(&b.ja) && looks_english(&b.en) => {}
            _ => problems.push(
                file,
                "words",
                key,
                "both `ja` and `en` are required, each in its language",
            ),
        }
    }
    if let Some(k) = lesson.words.keys().find(|k| !WORDS.contains(&k.as_str())) {
        problems.push(file, "words", k, "unknown key (nobody reads it)");
    }
    if lesson.intro.ja.is_empty() || lesson.intro.ja.len() != lesson.intro.en.len() {
        problems.push(
            file,
            "intro",
            "ja/en",
            "the same number of paragraphs in each language, at least one",
        );
    }
    for (lang, paras) in [("ja", &lesson.intro.ja), ("en", &lesson.intro.en)] {
        for p in paras {
            if let Err(m) = markup::check(p, glossary) {
                problems.push(file, "intro", lang, m);
            }
        }
    }
    let ids: Vec<&str> = lesson.section.iter().map(|s| s.id.as_str()).collect();
    if ids != SECTIONS {
        problems.push(file, "section", "id", format!("the sections must be {} in that order (the page, its script and tests rely on them); found {}", SECTIONS.join(", "), ids.join(", ")));
    }
    for s in &lesson.section {
        let entry = format!("section \"{}\"", s.id);
        if s.part.is_empty() {
            problems.push(file, &entry, "part", "a section needs at least one part");
        }
        for (n, p) in s.part.iter().enumerate() {
            let field = format!("part {}", n + 1);
            let is_claims = CLAIM_PARTS.contains(&p.kind.as_str());
            let is_words = WORD_PARTS.contains(&p.kind.as_str());
            if !is_claims && !is_words {
                problems.push(
                    file,
                    &entry,
                    &field,
                    format!(
                        "type must be one of {}, {}",
                        CLAIM_PARTS.join(", "),
                        WORD_PARTS.join(", ")
                    ),
                );
            }
            if is_words {
                if !looks_japanese(&p.ja)
                    || !looks_english(&p.en)
                    || !p.claim.is_empty()
                    || !p.item.is_empty()
                {
                    problems.push(
                        file,
                        &entry,
                        &field,
                        format!("a `{}` has `ja` and `en` and no claims or items", p.kind),
                    );
                }
                for (lang, t) in [("ja", &p.ja), ("en", &p.en)] {
                    if let Err(m) = markup::check(t, glossary) {
                        problems.push(file, &entry, &format!("{field}.{lang}"), m);
                    }
                }
            }
            if p.kind == "p"
                && (p.claim.is_empty()
                    || !p.item.is_empty()
                    || !p.ja.is_empty()
                    || !p.en.is_empty())
            {
                problems.push(
                    file,
                    &entry,
                    &field,
                    "a paragraph (`p`) is made of claims only",
                );
            }
            if is_claims
                && p.kind != "p"
                && (p.item.is_empty()
                    || !p.claim.is_empty()
                    || !p.ja.is_empty()
                    || !p.en.is_empty())
            {
                problems.push(file, &entry, &field, "a list is made of items only");
            }
            for (k, i) in p.item.iter().enumerate() {
                if i.claim.is_empty() {
                    problems.push(
                        file,
                        &entry,
                        &format!("{field}.item {}", k + 1),
                        "an item needs at least one claim",
                    );
                }
                if i.label_ja.is_empty() != i.label_en.is_empty()
                    || (!i.label_ja.is_empty()
                        && (!looks_japanese(&i.label_ja) || !looks_english(&i.label_en)))
                {
                    problems.push(
                        file,
                        &entry,
                        &format!("{field}.item {}", k + 1),
                        "a label is given in both languages or in neither",
                    );
                }
            }
        }
        for c in section_claims(s) {
            checker.check(c, &s.id, sources, (file, &entry), problems);
            for (lang, t) in [("ja", &c.ja), ("en", &c.en)] {
                if let Err(m) = markup::check(t, glossary) {
                    problems.push(file, &entry, &format!("claim \"{}\".{lang}", c.id), m);
                }
            }
            if !c.part.is_empty() || !c.date.is_empty() {
                problems.push(
                    file,
                    &entry,
                    &format!("claim \"{}\"", c.id),
                    "`part` and `date` are for glossary and timeline claims",
                );
            }
        }
    }
}

/// Checks `corrections` (read from `file`): full dates not after today, both languages.
pub(crate) fn check_corrections(
    corrections: &Corrections,
    file: &str,
    today: crate::hotspot_map::dates::Date,
    problems: &mut Problems,
) {
    for (n, c) in corrections.correction.iter().enumerate() {
        let entry = format!("correction {}", n + 1);
        match claims::full_date(&c.date) {
            None => problems.push(file, &entry, "date", "YYYY-MM-DD"),
            Some(d) if d > today => problems.push(file, &entry, "date", "is after today"),
            Some(_) => {}
        }
        if !looks_japanese(&c.ja) {
            problems.push(file, &entry, "ja", "missing or not Japanese");
        }
        if !looks_english(&c.en) {
            problems.push(file, &entry, "en", "missing or not English");
        }
    }
}

/// Reads and checks both files under `widgets_dir` (`page/lesson.toml`,
/// `page/corrections.toml`); `None` for a file that could not be read.
pub fn load(
    widgets_dir: &Path,
    refs: (&Sources, &Glossary),
    problems: &mut Problems,
) -> (Option<Lesson>, Option<Corrections>) {
    let path = widgets_dir.join("page/lesson.toml");
    let lesson = read_toml::<Lesson>(&path, problems);
    let mut checker = Checker::new(claims::today());
    if let Some(l) = &lesson {
        check(l, &path.display().to_string(), refs, &mut checker, problems);
    }
    let path = widgets_dir.join("page/corrections.toml");
    let corrections = read_toml::<Corrections>(&path, problems);
    if let Some(c) = &corrections {
        check_corrections(c, &path.display().to_string(), checker.today, problems);
    }
    (lesson, corrections)
}

/// Prose with glossary markup as HTML (unchecked markup degrades to escaped text).
fn prose(s: &str, glossary: &Glossary, lang: &str) -> String {
    match markup::parse(s) {
        Ok(pieces) => markup::rich(&pieces, glossary, lang),
        Err(_) => markup::rich(&[Piece::Text(s.to_owned())], glossary, lang),
    }
}

/// The id of note `n` of section `sec` in `lang`.
fn note_id(sec: &str, n: usize, lang: &str) -> String {
    format!("{sec}-n{n}-{lang}")
}

/// A claim in `lang` followed by its note numbers, each a link to its note.
fn claim_html(
    c: &Claim,
    sec: &str,
    notes: &Notes,
    lesson: &Lesson,
    glossary: &Glossary,
    lang: &str,
) -> String {
    let (ref_ja, ref_en) = lesson.word("note_ref");
    let label = if lang == "ja" { ref_ja } else { ref_en };
    let text = if lang == "ja" { &c.ja } else { &c.en };
    let links: Vec<String> = notes
        .numbers(std::iter::once(c))
        .into_iter()
        .map(|n| {
            format!(
                "<a href=\"#{}\" aria-label=\"{}\">{n}</a>",
                note_id(sec, n, lang),
                esc(&crate::ui_text::format(label, &[("n", &n.to_string())]))
            )
        })
        .collect();
    format!(
        "<span class=\"claim\" data-claim=\"{}\">{}<sup class=\"nref\">{}</sup></span>",
        esc(&c.id),
        prose(text, glossary, lang),
        links.join(if lang == "ja" { "、" } else { ", " })
    )
}

/// Claims in `lang` as running text (Japanese without spaces between them).
fn claims_html(
    list: &[Claim],
    sec: &str,
    notes: &Notes,
    lesson: &Lesson,
    glossary: &Glossary,
    lang: &str,
) -> String {
    list.iter()
        .map(|c| claim_html(c, sec, notes, lesson, glossary, lang))
        .collect::<Vec<_>>()
        .join(if lang == "ja" { "" } else { " " })
}

/// One section's prose in `lang`: `<div class="t" lang="…"><glossary-scope>…`, parts then
/// notes.
fn section_lang(
    s: &Section,
    lesson: &Lesson,
    (sources, glossary): (&Sources, &Glossary),
    lang: &str,
) -> String {
    let notes = Notes::of(section_claims(s));
    let pick = |b: (&str, &str)| {
        if lang == "ja" {
            b.0.to_owned()
        } else {
            b.1.to_owned()
        }
    };
    let mut out = vec![
        format!("<div class=\"t\" lang=\"{lang}\">"),
        "<glossary-scope>".to_owned(),
    ];
    for p in &s.part {
        let words = || prose(&pick((&p.ja, &p.en)), glossary, lang);
        match p.kind.as_str() {
            "p" => out.push(format!(
                "<p>{}</p>",
                claims_html(&p.claim, &s.id, &notes, lesson, glossary, lang)
            )),
            "h3" => out.push(format!("<h3>{}</h3>", words())),
            "how" => out.push(format!("<p class=\"how\">{}</p>", words())),
            "aside" => out.push(format!("<p class=\"aside\">{}</p>", words())),
            "think" => out.push(format!(
                "<div class=\"think\" role=\"note\"><p><strong>{}</strong>{}{}</p></div>",
                esc(&pick(lesson.word("think_lead"))),
                if lang == "en" { " " } else { "" },
                words()
            )),
            kind => {
                let (tag, class) = match kind {
                    "ul" => ("ul", ""),
                    "hotspots" => ("ul", " class=\"hotspots\""),
                    "steps" => ("ol", " class=\"steps\""),
                    _ => ("ol", ""),
                };
                out.push(format!("<{tag}{class}>"));
                for i in &p.item {
                    let label = pick((&i.label_ja, &i.label_en));
                    let label = if label.is_empty() {
                        String::new()
                    } else {
                        let strong = if kind == "hotspots" { "strong" } else { "b" };
                        let space = if lang == "en" { " " } else { "" };
                        format!("<{strong}>{}</{strong}>{space}", esc(&label))
                    };
                    out.push(format!(
                        "<li>{label}{}</li>",
                        claims_html(&i.claim, &s.id, &notes, lesson, glossary, lang)
                    ));
                }
                out.push(format!("</{tag}>"));
            }
        }
    }
    out.push(notes_html(s, &notes, lesson, sources, lang));
    out.push("</glossary-scope>".to_owned());
    out.push("</div>".to_owned());
    out.join("\n")
}

/// A section's numbered notes in `lang`: each source (its label, a link to the document
/// when it has one, its date, the locators cited), then a link to its entry in the page's
/// source list.
fn notes_html(
    s: &Section,
    notes: &Notes,
    lesson: &Lesson,
    sources: &Sources,
    lang: &str,
) -> String {
    let pick = |b: (&str, &str)| {
        if lang == "ja" {
            b.0.to_owned()
        } else {
            b.1.to_owned()
        }
    };
    let heading = pick(lesson.word("notes_heading"));
    let to_list = pick(lesson.word("to_list"));
    let mut out = format!(
        "<div class=\"cite notes\" data-glossary-skip><p class=\"notes-h\">{}</p><ol class=\"notes-list\">",
        esc(&heading)
    );
    for (k, (id, locs)) in notes.list().iter().enumerate() {
        let Some(src) = sources.get(id) else { continue };
        out.push_str(&format!(
            "<li id=\"{}\">{} <a class=\"to-list\" href=\"#src-{}\">{}</a></li>",
            note_id(&s.id, k + 1, lang),
            source_html(src, locs, lang),
            esc(id),
            esc(&to_list)
        ));
    }
    out.push_str("</ol></div>");
    out
}

/// The body of block `lesson-<id>`: the section's two language divs.
pub fn section_html(s: &Section, lesson: &Lesson, refs: (&Sources, &Glossary)) -> String {
    format!(
        "{}\n{}",
        section_lang(s, lesson, refs, "ja"),
        section_lang(s, lesson, refs, "en")
    )
}

/// The body of block `lesson-intro`: the intro in both languages, `{date}` being the
/// oldest `checked` date of the lesson's claims ([`claims::as_of`]).
pub fn intro_html(lesson: &Lesson, glossary: &Glossary) -> String {
    let (date_ja, date_en) = claims::as_of(lesson.claims())
        .map(date_label)
        .unwrap_or_default();
    let mut out = Vec::new();
    for (lang, paras, date) in [
        ("ja", &lesson.intro.ja, &date_ja),
        ("en", &lesson.intro.en, &date_en),
    ] {
        out.push(format!("<div class=\"t intro\" lang=\"{lang}\">"));
        for p in paras {
            // Markup first (on the template), then the date into its place.
            let html = prose(p, glossary, lang).replace(
                "{date}",
                &format!("<time class=\"checked-date\">{}</time>", esc(date)),
            );
            out.push(format!("<p>{html}</p>"));
        }
        out.push("</div>".to_owned());
    }
    out.join("\n")
}

/// The body of block `corrections`: its heading, then a list, newest first, or a
/// sentence saying there are none, in both languages.
pub fn corrections_html(lesson: &Lesson, corrections: &Corrections) -> String {
    let mut list: Vec<&Correction> = corrections.correction.iter().collect();
    list.sort_by(|a, b| b.date.cmp(&a.date));
    // The section's heading, in both languages (the page shows one).
    let (h_ja, h_en) = lesson.word("corrections_heading");
    let mut out = vec![format!(
        "<h2 id=\"corrections-h\"><span class=\"t\" lang=\"ja\">{}</span><span class=\"t\" lang=\"en\">{}</span></h2>",
        esc(h_ja),
        esc(h_en)
    )];
    for lang in ["ja", "en"] {
        let pick = |b: (&str, &str)| {
            if lang == "ja" {
                b.0.to_owned()
            } else {
                b.1.to_owned()
            }
        };
        out.push(format!("<div class=\"t\" lang=\"{lang}\">"));
        if list.is_empty() {
            out.push(format!(
                "<p class=\"corrections-none\">{}</p>",
                esc(&pick(lesson.word("corrections_none")))
            ));
        } else {
            out.push(format!(
                "<p>{}</p>",
                esc(&pick(lesson.word("corrections_intro")))
            ));
            out.push("<ul class=\"corrections-list\">".to_owned());
            for c in &list {
                let date = claims::full_date(&c.date)
                    .map(date_label)
                    .map(|(j, e)| pick((&j, &e)))
                    .unwrap_or_default();
                let text = if lang == "ja" { &c.ja } else { &c.en };
                let sep = if lang == "ja" { ":" } else { ": " };
                out.push(format!(
                    "<li><time datetime=\"{}\">{}</time>{sep}{}</li>",
                    esc(&c.date),
                    esc(&date),
                    esc(text)
                ));
            }
            out.push("</ul>".to_owned());
        }
        out.push("</div>".to_owned());
    }
    out.join("\n")
}

/// Every lesson block's name and body: `lesson-intro`, `lesson-s1`…`lesson-s5`,
/// `corrections`.
pub fn blocks(
    lesson: &Lesson,
    corrections: &Corrections,
    refs: (&Sources, &Glossary),
) -> Vec<(String, String)> {
    let mut out = vec![("lesson-intro".to_owned(), intro_html(lesson, refs.1))];
    for s in &lesson.section {
        out.push((format!("lesson-{}", s.id), section_html(s, lesson, refs)));
    }
    out.push((
        "corrections".to_owned(),
        corrections_html(lesson, corrections),
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hotspot_map::dates::Date;
    use crate::sources::Source;

    fn sources() -> Sources {
        Sources(vec![
            Source {
                id: "seed-004".into(),
                kind: "seed".into(),
                title_ja: "米中の安心供与".into(),
                title_en: "US-China Reassurance".into(),
                publisher_ja: "戸田記念国際平和研究所".into(),
                publisher_en: "Toda Peace Institute".into(),
                date: "2025-03-31".into(),
                paragraphs: Some(149),
                ..Source::default()
            },
            Source {
                id: "public-x".into(),
                kind: "public".into(),
                title_ja: "文書".into(),
                title_en: "Document".into(),
                publisher_ja: "発行者".into(),
                publisher_en: "Publisher".into(),
                date: "2010-04-08".into(),
                url: "https://example.org/x".into(),
                ..Source::default()
            },
        ])
    }

    fn claim(id: &str, cite: &[&str], checked: &str) -> Claim {
        Claim {
            id: id.into(),
            kind: "stated".into(),
            cite: cite.iter().map(|s| (*s).to_string()).collect(),
            checked: checked.into(),
            ja: "提言は四つの地点を挙げる。".into(),
            en: "The brief names four places.".into(),
            ..Claim::default()
        }
    }

    fn words() -> std::collections::BTreeMap<String, Both> {
        WORDS
            .iter()
            .map(|k| {
                let b = match *k {
                    "note_ref" => Both {
                        ja: "出典{n}".into(),
                        en: "source {n}".into(),
                    },
                    "corrections_none" => Both {
                        ja: "訂正はありません。".into(),
                        en: "There are no corrections.".into(),
                    },
                    _ => Both {
                        ja: "出典".into(),
                        en: "Sources".into(),
                    },
                };
                ((*k).to_string(), b)
            })
            .collect()
    }

    fn lesson() -> Lesson {
        let mut section: Vec<Section> = SECTIONS
            .iter()
            .map(|id| Section {
                id: (*id).into(),
                part: vec![Part {
                    kind: "p".into(),
                    claim: vec![claim(
                        &format!("{id}/a"),
                        &["seed-004 ¶48–52"],
                        "2026-12-04",
                    )],
                    ..Part::default()
                }],
            })
            .collect();
        section[0].part.push(Part {
            kind: "p".into(),
            claim: vec![
                claim("s1/b", &["public-x Art. 3", "seed-004 ¶7"], "2026-05-31"),
                claim("s1/c", &["seed-004 ¶9"], "2026-12-04"),
            ],
            ..Part::default()
        });
        section[0].part.push(Part {
            kind: "hotspots".into(),
            item: vec![Item {
                label_ja: "台湾:".into(),
                label_en: "Taiwan:".into(),
                claim: vec![claim("s1/d", &["public-x Art. 4"], "2026-12-04")],
            }],
            ..Part::default()
        });
        Lesson {
            words: words(),
            intro: Intro {
                ja: vec!["[[deterrence|抑止]]の教材。{date}までの記録で確認。".into()],
                en: vec!["A lesson. Checked up to {date}.".into()],
            },
            section,
        }
    }

    fn problems(l: &Lesson) -> Problems {
        let mut p = Problems::default();
        let mut checker = Checker::new(Date {
            year: 2026,
            month: Some(12),
            day: Some(4),
        });
        check(
            l,
            "lesson.toml",
            (&sources(), &Glossary::default()),
            &mut checker,
            &mut p,
        );
        p
    }

    #[test]
    fn a_good_lesson_passes_but_for_unknown_glossary_ids() {
        let mut l = lesson();
        l.intro.ja = vec!["教材。{date}".into()];
        let p = problems(&l);
        assert!(p.is_empty(), "{p}");
    }

    /// Regression (issue 21): a lesson claim with no source, or a section missing.
    #[test]
    fn bad_claims_and_sections_are_named() {
        let mut l = lesson();
        l.intro.ja = vec!["教材。".into()];
        l.section[1].part[0].claim[0].cite.clear();
        l.section[2].part[0].claim[0].id = "s1/zzz".into();
        assert!(problems(&l).mentions("section \"s2\"", "claim \"s2/a\".cite"));
        assert!(problems(&l).mentions("section \"s3\"", "claim \"s1/zzz\".id"));
        l.section.pop();
        assert!(problems(&l).mentions("section", "id"));
        let mut m = lesson();
        m.intro.ja = vec!["教材。".into()];
        m.section[0].part.push(Part {
            kind: "p".into(),
            ..Part::default()
        });
        m.section[0].part.push(Part {
            kind: "table".into(),
            ..Part::default()
        });
        let p = problems(&m);
        assert!(p.mentions("section \"s1\"", "part 4"));
        assert!(p.mentions("section \"s1\"", "part 5"));
        let mut w = lesson();
        w.intro.ja = vec!["教材。".into()];
        w.words.remove("to_list");
        assert!(problems(&w).mentions("words", "to_list"));
    }

    #[test]
    fn each_claim_is_followed_by_its_note_numbers_and_the_section_ends_with_its_notes() {
        let l = lesson();
        let html = section_html(&l.section[0], &l, (&sources(), &Glossary::default()));
        // seed-004 is note 1 (first cited), public-x note 2.
        assert!(html.contains("四つの地点を挙げる。<sup class=\"nref\"><a href=\"#s1-n1-ja\" aria-label=\"出典1\">1</a></sup>"), "{html}");
        assert!(html.contains("<a href=\"#s1-n2-en\" aria-label=\"source 2\">2</a>, <a href=\"#s1-n1-en\" aria-label=\"source 1\">1</a>"), "{html}");
        assert!(
            html.contains("<li><strong>台湾:</strong><span class=\"claim\""),
            "{html}"
        );
        assert!(
            html.contains("<li><strong>Taiwan:</strong> <span class=\"claim\""),
            "{html}"
        );
        // The notes: seed-004 with its locators merged in order, linked to the source list.
        assert!(html.contains("<li id=\"s1-n1-en\"><cite>US-China Reassurance</cite>, 31 March 2025, paras. 48–52, para. 7, para. 9 <a class=\"to-list\" href=\"#src-seed-004\">Sources</a></li>"), "{html}");
        assert!(
            html.contains("<li id=\"s1-n2-ja\"><a href=\"https://example.org/x\""),
            "{html}"
        );
        assert!(html.contains("<div class=\"cite notes\" data-glossary-skip>"));
        assert_eq!(html.matches("<div class=\"t\" lang=").count(), 2);
    }

    /// Regression (issue 21): the "checked up to" date was typed by hand; it is the oldest
    /// `checked` of the lesson's claims.
    #[test]
    fn the_intro_date_is_computed_from_the_claims() {
        let l = lesson();
        let html = intro_html(&l, &Glossary::default());
        assert!(
            html.contains("<time class=\"checked-date\">2026年5月31日</time>までの記録で確認"),
            "{html}"
        );
        assert!(
            html.contains("Checked up to <time class=\"checked-date\">31 May 2026</time>."),
            "{html}"
        );
        let mut later = l.clone();
        later.section[0].part[1].claim[0].checked = "2026-12-04".into();
        assert!(intro_html(&later, &Glossary::default()).contains("4 December 2026"));
    }

    #[test]
    fn corrections_render_newest_first_or_say_there_are_none() {
        let l = lesson();
        let none = corrections_html(&l, &Corrections::default());
        assert!(none.contains("<p class=\"corrections-none\">There are no corrections.</p>"));
        assert!(none.contains("訂正はありません。"));
        let c = Corrections {
            correction: vec![
                Correction {
                    date: "2026-12-01".into(),
                    ja: "古い訂正。".into(),
                    en: "Old <fix>.".into(),
                },
                Correction {
                    date: "2026-12-04".into(),
                    ja: "新しい訂正。".into(),
                    en: "New fix.".into(),
                },
            ],
        };
        let html = corrections_html(&l, &c);
        let (new, old) = (html.find("New fix."), html.find("Old &lt;fix&gt;."));
        assert!(new.is_some() && old.is_some() && new < old, "{html}");
        assert!(html.contains("<time datetime=\"2026-12-04\">4 December 2026</time>: New fix."));
        let mut p = Problems::default();
        let bad = Corrections {
            correction: vec![Correction {
                date: "2027-01-01".into(),
                ja: "x".into(),
                en: "y".into(),
            }],
        };
        check_corrections(
            &bad,
            "c.toml",
            Date {
                year: 2026,
                month: Some(12),
                day: Some(4),
            },
            &mut p,
        );
        assert!(p.mentions("correction 1", "date") && p.mentions("correction 1", "ja"));
    }

    /// The repository's lesson parses and has the page's five sections; every problem it
    /// has is about a source id not (yet) in `widgets/sources.toml` or none at all.
    #[test]
    fn the_repository_lesson_is_well_formed() {
        let widgets = Path::new(env!("CARGO_MANIFEST_DIR")).join("../widgets");
        let mut p = Problems::default();
        let lesson = read_toml::<Lesson>(&widgets.join("page/lesson.toml"), &mut p);
        let corrections = read_toml::<Corrections>(&widgets.join("page/corrections.toml"), &mut p);
        assert!(p.is_empty(), "{p}");
        let lesson = lesson.unwrap_or_default();
        let ids: Vec<&str> = lesson.section.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids, SECTIONS);
        assert!(corrections.is_some());
        assert!(lesson.claims().count() >= 40);
        // Every claim cites a seed or a public source with a locator, and is checked.
        for c in lesson.claims() {
            assert!(!c.cite.is_empty() && !c.checked.is_empty(), "{}", c.id);
        }
    }
}
