//! Content validation against fixtures: a good tree compiles, a broken tree is rejected
//! with one message per fault naming the entry and the field.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;

use explainers_compiler::generate;

fn fixture(name: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

#[test]
fn the_good_fixture_compiles_to_data_files() {
    generate(&fixture("good")).unwrap();
    let files = explainers_compiler::data::all_files(&fixture("good")).unwrap();
    let get = |path: &str| {
        let f = files.iter().find(|f| f.path == path).unwrap();
        serde_json::from_str::<serde_json::Value>(&f.json).unwrap()
    };
    let e = get("glossary/en/extended-nuclear-deterrence.json");
    assert_eq!(e["id"], "extended-nuclear-deterrence");
    // The card, rendered at build time in three parts around the back button: related
    // entries as buttons with their id and their name in the file's language; then the
    // evidence: each source with its date and locator, and the date the claims were
    // checked up to.
    let card = |i: usize| e["card"][i].as_str().unwrap().to_owned();
    assert!(card(0).contains("data-term=\"deterrence\">"), "{}", card(0));
    assert!(card(1).contains("glossary-back"), "{}", card(1));
    let notes = card(2);
    assert!(notes.contains("class=\"gx-srcs\""), "{notes}");
    assert!(notes.contains("para. 1"), "{notes}");
    assert!(
        notes.contains("Checked against the record up to 1 January 2026"),
        "{notes}"
    );
    let index = get("glossary-index.json");
    let forms: Vec<String> = index["forms"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f[0].as_str().unwrap().to_owned())
        .collect();
    // Latin forms are lower-cased; longer forms sort before shorter ones with the same
    // first letter.
    let pos = |s: &str| forms.iter().position(|f| f == s).unwrap();
    assert!(pos("deterrence") < pos("deterrent"));
    assert!(forms.contains(&"核の傘".to_owned()));
}

#[test]
fn the_broken_fixture_is_rejected_with_every_fault_named() {
    let problems = generate(&fixture("broken")).unwrap_err();
    let text = problems.to_string();
    eprintln!("{text}");
    for (entry, field) in [
        ("Bad Id", "id"),
        ("Bad Id", "kind"),
        ("Bad Id", "title_ja"),
        ("Bad Id", "title_en"),
        ("Bad Id", "date"),
        ("Bad Id", "url"),
        ("Bad Id", "number"),
        ("Bad Id", "short_ja"),
        ("Bad Id", "short_en"),
        ("source \"seed-004\"", "number"),
        ("term \"deterrence\"", "id"),
        ("term \"deterrence\"", "related"),
        ("source \"public-undated\"", "date"),
        (
            "term \"missing-english\"",
            "claim \"missing-english/def\".en",
        ),
        ("term \"missing-english\"", "reading"),
        (
            "term \"missing-english\"",
            "claim \"missing-english/def\".cite",
        ),
        ("term \"wrong-language\"", "ja"),
        ("term \"wrong-language\"", "claim \"wrong-language/def\".ja"),
        (
            "term \"wrong-language\"",
            "claim \"wrong-language/def\".cite",
        ),
        (
            "term \"joint-communique-1972\"",
            "claim \"joint-communique-1972/def\".cite",
        ),
        ("term \"wrong-language\"", "match_en"),
        ("term \"joint-statement-2008\"", "ja"),
        ("term \"cues-code\"", "match_en"),
    ] {
        assert!(
            problems.mentions(entry, field),
            "expected a problem for {entry} / {field} in:\n{text}"
        );
    }
    assert!(text.contains("unknown id \"no-such-term\""));
    assert!(text.contains("cannot be related to itself"));
    assert!(text.contains("unknown source id \"seed-999\""));
    // Regression (issue 21): an unsourced claim, an undated source and a locator out of
    // range each fail the build.
    assert!(text.contains("every claim needs at least one source"));
    assert!(text.contains("an unknown date needs a `date_note`"));
    assert!(text.contains("paragraph 101 is out of range (seed-004 has 100)"));
    assert!(text.contains("is also a form of \"deterrence\""));
    assert!(text
        .contains("form \"日中共同声明\" is also a form of \"joint-communique-1972\" (its `ja`)"));
    assert!(
        text.contains("form \"cues\" is also a form of \"joint-statement-2008\" (its `match_ja`)")
    );
}

#[test]
fn a_missing_file_is_reported_not_panicked() {
    let problems = generate(&fixture("does-not-exist")).unwrap_err();
    assert!(problems.to_string().contains("cannot read the file"));
}

#[test]
fn a_typo_in_a_field_name_is_rejected() {
    let dir = std::env::temp_dir().join(format!("explainers-typo-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("glossary/terms")).unwrap();
    std::fs::copy(
        fixture("good").join("sources.toml"),
        dir.join("sources.toml"),
    )
    .unwrap();
    let terms = std::fs::read_to_string(fixture("good").join("glossary/terms/terms.toml")).unwrap();
    std::fs::write(
        dir.join("glossary/terms/terms.toml"),
        terms.replacen("\nchecked = ", "\nchecekd = ", 1),
    )
    .unwrap();
    let problems = generate(&dir).unwrap_err();
    assert!(problems.to_string().contains("checekd"), "{problems}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn the_repository_content_is_valid() {
    let widgets = Path::new(env!("CARGO_MANIFEST_DIR")).join("../widgets");
    // What build.rs runs: both generated modules and every data file, from one reading.
    if let Err(p) = explainers_compiler::compile(&widgets) {
        panic!("{p}");
    }
}

#[test]
fn clash_keys_fold_width_case_spacing_and_hyphens() {
    use explainers_compiler::glossary::clash_key;
    assert_eq!(clash_key("ＡＳＥＡＮ"), clash_key("asean"));
    assert_eq!(clash_key("Six-Party Talks"), clash_key("six party talks"));
    assert_eq!(clash_key("日中　共同声明"), clash_key("日中共同声明"));
    assert_ne!(clash_key("日中共同声明"), clash_key("日中共同宣言"));
}
