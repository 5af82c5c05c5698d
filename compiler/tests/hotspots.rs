//! The `<hotspot-map>` content step against fixtures: a good tree compiles to Rust with
//! everything projected and formatted ahead of time; a broken tree is rejected with one
//! message per fault naming the entry and the field; the repository's content is valid.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::{Path, PathBuf};

use explainers_compiler::generate_map;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

#[test]
fn the_good_fixture_compiles_to_rust() {
    let out = generate_map(&fixture("good-map")).unwrap();
    for needle in [
        "pub const MAP_FILES: (&str, &str, &str) = (\"map\", \"land\", \"words\");",
        "pub static MAP_VIEW_BOX: &str = \"0 0 1000 999\";",
        "pub static HOTSPOTS: &[Hotspot]",
        "pub static NAV_ORDER: &[u8] = &[1, 3, 0, 2];",
        // Label points are percentages of the map, computed here.
        "at: At { x: \"49.2\", y: \"55.3\" }",
        // Regions are projected to whole units.
        "region: \"M421 472L469 491L469 573L435 579L377 544Z\"",
    ] {
        assert!(out.contains(needle), "missing {needle}\nin:\n{out}");
    }
    // The cards are HTML, rendered here and written as data files (JSON, so quotes are
    // escaped the same way): glossary links are live terms in the card's language,
    // dates are formatted and machine-readable, events cite the card's numbered
    // sources, text is escaped.
    let files = explainers_compiler::data::all_files(&fixture("good-map")).unwrap();
    let file = |path: &str| {
        files
            .iter()
            .find(|f| f.path == path)
            .map(|f| f.json.clone())
            .unwrap_or_else(|| panic!("no data file {path}"))
    };
    let cards: String = files
        .iter()
        .filter(|f| f.path.starts_with("map/"))
        .map(|f| f.json.as_str())
        .collect();
    assert!(!out.contains("hm-asof"), "the cards are not compiled in");
    // The land, the names, the labels and the credit are data files, not compiled in:
    // the land the same in both languages, the words in each.
    for word in ["<path", "Natural Earth", "hm-label", "Taiwan"] {
        assert!(!out.contains(word), "{word} is compiled in");
    }
    let land = file("map-view/ja/land.json");
    assert_eq!(land, file("map-view/en/land.json"));
    assert!(
        land.starts_with(
            r#"{"paths":"<path d=\"m700 300 20-10 10 20-30 0z m800 200 5 5-5 5z\"></path><path d="#
        ),
        "{land}"
    );
    let words_en = file("map-view/en/words.json");
    let words_ja = file("map-view/ja/words.json");
    assert!(
        words_en.contains(r#""credit":"Map data: Natural Earth""#),
        "{words_en}"
    );
    assert!(
        words_ja.contains(r#""credit":"地図データ:Natural Earth""#),
        "{words_ja}"
    );
    let labels = [words_en.as_str(), words_ja.as_str()].concat();
    for needle in [
        // The date the card's claims were checked up to: the oldest check among them.
        r#"<p class=\"hm-asof\" data-testid=\"card-checked\"><time datetime=\"2026-01-01\">2026年1月1日までの記録で確認</time></p>"#,
        r#"<p class=\"hm-asof\" data-testid=\"card-checked\"><time datetime=\"2026-01-01\">Checked against the record up to 1 January 2026</time></p>"#,
        r#"<glossary-term term=\"deterrence\" lang=\"ja\">抑止</glossary-term>"#,
        r#"Questions of <glossary-term term=\"deterrence\" lang=\"en\">deterrence</glossary-term> around Taiwan."#,
        r#"<li><time datetime=\"2007-03\">March 2007</time> The Japan–US Security Seminar meets. <span class=\"hm-cite\"><span class=\"ex-visually-hidden\">source </span>[2]</span></li>"#,
        r#"<ul class=\"hm-chips\"><li>China</li><li>Taiwan</li><li>United States</li></ul>"#,
        r#"<p class=\"hm-note\">General measures. <span class=\"hm-cite\"><span class=\"ex-visually-hidden\">source </span>[2]</span></p>"#,
        // The numbered notes: each source with its date and the locators cited.
        r#"(2007年3月)、第1段落</li>"#,
        r#"<div class=\"hm-who\"><p class=\"hm-h2\">Both</p><ul><li>Keep talking.</li></ul></div>"#,
        r#"<li>中国:釣魚島(钓鱼岛)</li><li>日本:尖閣諸島</li>"#,
        r#"<li>Japan: Senkaku Islands (尖閣諸島)</li>"#,
        r#"<cite>What is a &#39;mutually beneficial relationship based on common strategic interests&#39;? (explainer)</cite>"#,
    ] {
        assert!(cards.contains(needle), "missing {needle}\nin:\n{cards}");
    }
    // The labels laid over the map, as markup with their points.
    for needle in [
        r#"<span class=\"hm-label hm-country\" data-x=\"77.7\" data-y=\"24.6\">Japan</span>"#,
        // A sea with a hotspot is named by the hotspot; the others keep their other names.
        r#"<span class=\"hm-label hm-sea\" data-x=\"69.2\" data-y=\"15.3\">Sea of Japan<span class=\"hm-sea-also\">East Sea (North and South Korea)</span></span>"#,
        // The naming policy: the primary label, then the other parties' names.
        r#"data-hotspot=\"east-china-sea\" data-x=\"49.0\" data-y=\"48.7\" title=\"Senkaku Islands (Diaoyu Dao, Diaoyutai (Tiaoyutai) Islands)\"><span class=\"hm-place-name\">Senkaku Islands</span>"#,
        r#"title=\"尖閣諸島(釣魚島、釣魚台列嶼)\""#,
    ] {
        assert!(labels.contains(needle), "missing {needle}\nin:\n{labels}");
    }
    // Taiwan is named by its hotspot, so the country is not labelled twice.
    assert!(!labels.contains(">Taiwan</span>"));
    assert!(!labels.contains(">East China Sea</span>"));
    // Only the East China Sea card has a disputed feature.
    assert_eq!(cards.matches("hm-places").count(), 2);
}

#[test]
fn the_broken_fixture_is_rejected_with_every_fault_named() {
    let problems = generate_map(&fixture("broken-map")).unwrap_err();
    let text = problems.to_string();
    eprintln!("{text}");
    for (entry, field) in [
        // geometry.toml
        ("[meta]", "attribution_en"),
        ("[meta]", "fill_rule"),
        ("[projection]", "west"),
        ("country \"392\"", "path"),
        ("country \"392\"", "id"),
        ("country \"158\"", "name_en"),
        ("country \"158\"", "path"),
        ("sea \"Yellow Sea\"", "id"),
        ("sea \"Yellow Sea\"", "label_xy"),
        ("sea \"sea-of-japan\"", "also_en"),
        ("sea \"sea-of-japan\"", "hotspot"),
        // hotspots.toml
        ("party \"china\"", "name_en"),
        ("domain \"maritime\"", "description_en"),
        ("domain \"maritime\"", "claim \"maritime/description\".cite"),
        ("hotspot \"taiwan\"", "stakes.ja"),
        ("hotspot \"taiwan\"", "stakes.en"),
        ("hotspot \"taiwan\"", "claim \"taiwan/stakes-1\".en"),
        ("hotspot \"taiwan\"", "claim \"taiwan/stakes-1\".cite"),
        ("hotspot \"taiwan\"", "claim \"taiwan/stakes-1\".checked"),
        ("hotspot \"taiwan\"", "claim \"taiwan/stakes-2\".cite"),
        ("hotspot \"taiwan\"", "parties"),
        ("hotspot \"taiwan\"", "domains"),
        ("hotspot \"taiwan\"", "reassurance.note_en"),
        ("hotspot \"taiwan\"", "reassurance.us_en"),
        ("hotspot \"taiwan\"", "claim \"taiwan/reassurance\".cite"),
        ("hotspot \"taiwan\"", "event 1 date"),
        ("hotspot \"taiwan\"", "claim \"taiwan/2007\".cite"),
        ("hotspot \"taiwan\"", "event 3 date"),
        ("hotspot \"taiwan\"", "claim \"taiwan/2001\".kind"),
        ("hotspot \"taiwan\"", "claim \"taiwan/2001\".cite"),
        ("hotspot \"taiwan\"", "claim \"taiwan/2001\".checked"),
        ("hotspot \"korean-peninsula\"", "label"),
        ("hotspot \"korean-peninsula\"", "region"),
        (
            "hotspot \"korean-peninsula\"",
            "claim \"korean-peninsula/stakes-1\".cite",
        ),
        ("hotspot \"korean-peninsula\"", "reassurance.us_ja"),
        ("hotspot \"korean-peninsula\"", "event"),
        (
            "hotspot \"south-china-sea\"",
            "claim \"taiwan/stakes-3\".id",
        ),
        (
            "hotspot \"south-china-sea\"",
            "claim \"taiwan/stakes-3\".recheck_by",
        ),
        ("hotspot \"east-sea\"", "event 1 text_ja"),
        ("hotspot \"east-sea\"", "event 1 text_en"),
        ("feature 1", "id"),
        ("feature \"Yellow Sea\"", "names"),
        ("place \"senkaku-islands\"", "lon"),
        ("place \"senkaku-islands\"", "names"),
        ("place \"senkaku-islands\"", "names.japan.native"),
        ("place \"east-sea-feature\"", "names"),
        (
            "place \"east-sea-feature\"",
            "claim \"east-sea-feature/note-1\".kind",
        ),
        ("place \"lost\"", "hotspot"),
        ("place \"lost\"", "lon"),
        ("place \"lost\"", "note"),
    ] {
        assert!(
            problems.mentions(entry, field),
            "expected a problem for {entry} / {field} in:\n{text}"
        );
    }
    for message in [
        "must credit Natural Earth",
        "differs from src/hotspot_map/projection.rs",
        "must start with a relative move-to `m`",
        "every ring must be closed with `z`",
        "does not match lon/lat projected",
        "unknown hotspot \"nowhere\"",
        "unknown glossary id \"no-such-term\"",
        "unknown party \"atlantis\"",
        "parties must be in the neutral order",
        "unknown domain \"space\"",
        "\"2007-02-30\" is not a date",
        "events must be listed oldest first",
        "unknown source id \"seed-404\"",
        "unknown source id \"seed-999\"",
        "paragraph 200 is out of range (seed-004 has 100)",
        "the locator is a placeholder",
        "a seed's locator is ¶N or ¶N–M",
        "every claim needs at least one source",
        "a summary cites at least two sources",
        "is after today",
        "\"seed-001\" has no known date",
        "a place needs a note",
        "outside the map's frame",
        "at least three points",
        "is not inside the region of hotspot \"south-china-sea\"",
        "unknown party \"narnia\"",
        "glossary links `[[id|text]]` are not allowed",
        "the first mention of place \"senkaku-islands\" must give every party's name in the same sentence; missing: \"釣魚島\"",
        "missing: \"Senkaku Islands\", \"Diaoyu Dao\"",
        "unknown party \"atlantis\"",
        "a disputed feature has at least two parties' names",
    ] {
        assert!(text.contains(message), "expected \"{message}\" in:\n{text}");
    }
}

#[test]
fn a_typo_in_a_field_name_is_rejected() {
    let dir = std::env::temp_dir().join(format!("explainers-map-typo-{}", std::process::id()));
    let good = fixture("good-map");
    std::fs::create_dir_all(dir.join("glossary/terms")).unwrap();
    std::fs::create_dir_all(dir.join("hotspot-map")).unwrap();
    for f in [
        "sources.toml",
        "glossary/terms/terms.toml",
        "hotspot-map/geometry.toml",
    ] {
        std::fs::copy(good.join(f), dir.join(f)).unwrap();
    }
    let cards = std::fs::read_to_string(good.join("hotspot-map/hotspots.toml")).unwrap();
    std::fs::write(
        dir.join("hotspot-map/hotspots.toml"),
        cards.replacen("\nen = ", "\nenglish = ", 1),
    )
    .unwrap();
    let problems = generate_map(&dir).unwrap_err();
    assert!(problems.to_string().contains("english"), "{problems}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn missing_files_are_reported_not_panicked() {
    let problems = generate_map(&fixture("does-not-exist")).unwrap_err();
    let text = problems.to_string();
    assert!(text.contains("geometry.toml") && text.contains("hotspots.toml"));
    assert!(text.contains("cannot read the file"));
}

#[test]
fn the_repository_map_content_is_valid() {
    let widgets = Path::new(env!("CARGO_MANIFEST_DIR")).join("../widgets");
    if let Err(p) = generate_map(&widgets) {
        panic!("{p}");
    }
}
