//! The slider's validate stage on small files: claims in zones, gauges, examples and
//! `[model]` are checked like every claim (issue 21), and the old `source` fields are
//! gone.

use super::check::Ctx;
use super::schema::SliderFile;
use super::validate::validate;
use crate::claims::Checker;
use crate::error::Problems;
use crate::glossary::Glossary;
use crate::hotspot_map::dates::Date;
use crate::sources::{Source, Sources};

fn sources() -> Sources {
    let s = |id: &str, kind: &str, paragraphs: Option<u32>| {
        Source::for_test(id, kind, paragraphs, "2025-03-31")
    };
    Sources(vec![
        s("seed-004", "seed", Some(149)),
        s("model-escalation", "model", None),
    ])
}

const ZONES: [(&str, u8, u8); 5] = [
    ("deterrence-only", 0, 19),
    ("mostly-deterrence", 20, 39),
    ("balanced", 40, 60),
    ("mostly-reassurance", 61, 80),
    ("reassurance-only", 81, 100),
];

fn claim(id: &str, cite: &str) -> String {
    format!(
        "id = \"{id}\"\nkind = \"stated\"\ncite = [\"{cite}\"]\nchecked = \"2026-12-04\"\nja = \"このモデルでは緊張が上がる。\"\nen = \"In this model tension rises.\"\n"
    )
}

/// A good file; `edit` replaces one string in it first.
fn file(edit: (&str, &str)) -> String {
    let mut t = String::new();
    for (id, min, max) in ZONES {
        t.push_str(&format!("[[zone]]\nid = \"{id}\"\nmin = {min}\nmax = {max}\nname_ja = \"名前\"\nname_en = \"Name\"\nvalue_text_ja = \"名前\"\nvalue_text_en = \"name\"\n[[zone.claim]]\n{}\n", claim(&format!("{id}/1"), "model-escalation how 12")));
    }
    for id in super::OUTPUT_IDS {
        t.push_str(&format!("[[output]]\nid = \"{id}\"\nlabel_ja = \"ラベル\"\nlabel_en = \"Label\"\n[output.help]\n{}\n", claim(&format!("{id}/help"), "model-escalation crates/escalation-model/src/simulate.rs")));
    }
    t.push_str(&format!("[[example]]\nid = \"step-one\"\nmin = 0\nmax = 50\nkind = \"step\"\ntitle_ja = \"ステップ1\"\ntitle_en = \"Step 1\"\nboth_ja = [\"約束を守る。\"]\nboth_en = [\"Keep to pledges.\"]\n[[example.claim]]\n{}\n[example.evidence]\nid = \"step-one/text\"\nkind = \"argument\"\ncite = [\"seed-004 ¶67\", \"seed-004 ¶78\"]\nchecked = \"2026-12-04\"\n\n", claim("step-one/1", "seed-004 ¶68")));
    t.push_str("[model]\nhow_title_ja = \"しくみ\"\nhow_title_en = \"How it works\"\nhow_ja = [\"教材用モデル。\"]\nhow_en = [\"A teaching model.\"]\nmisperception_help_ja = \"読み違えの確率。\"\nmisperception_help_en = \"The chance of a misread.\"\nmisperception_default = 0.15\n[model.evidence.how]\nid = \"model/how\"\nkind = \"stated\"\ncite = [\"model-escalation crates/escalation-model/src/simulate.rs\"]\nchecked = \"2026-12-04\"\n[model.evidence.misperception_help]\nid = \"model/misperception-help\"\nkind = \"stated\"\ncite = [\"model-escalation crates/escalation-model/src/params.rs\"]\nchecked = \"2026-12-04\"\n");
    assert!(t.contains(edit.0), "the edit {:?} finds nothing", edit.0);
    t.replacen(edit.0, edit.1, 1)
}

/// The problems of the file after `edit`, or of its parse.
fn problems(edit: (&str, &str)) -> Problems {
    let mut p = Problems::default();
    let parsed: SliderFile = match toml::from_str(&file(edit)) {
        Ok(f) => f,
        Err(e) => {
            p.push("content.toml", "", "", e.to_string());
            return p;
        }
    };
    let (glossary, sources) = (Glossary::default(), sources());
    let mut cx = Ctx {
        file: "content.toml".into(),
        glossary: &glossary,
        sources: &sources,
        problems: &mut p,
        claims: Checker::new(Date {
            year: 2026,
            month: Some(12),
            day: Some(4),
        }),
    };
    let _ = validate(&mut cx, &parsed);
    p
}

#[test]
fn a_good_file_passes() {
    let p = problems(("", ""));
    assert!(p.is_empty(), "{p}");
}

#[test]
fn the_old_source_fields_are_rejected() {
    let p = problems((
        "value_text_en = \"name\"\n",
        "value_text_en = \"name\"\nsource = \"seed-004\"\n",
    ));
    assert!(
        !p.is_empty() && p.0[0].message.contains("unknown field"),
        "{p}"
    );
    let p = problems((
        "misperception_default = 0.15\n",
        "misperception_default = 0.15\nsource = \"seed-004\"\n",
    ));
    assert!(p.mentions("[model]", "source"), "{p}");
}

/// Regression (issue 21): the slider's statements had one source id and no locator.
#[test]
fn claims_without_locators_or_with_bad_ones_fail() {
    let p = problems((
        "cite = [\"model-escalation how 12\"]",
        "cite = [\"seed-004\"]",
    ));
    assert!(
        p.mentions(
            "zone \"deterrence-only\"",
            "claim \"deterrence-only/1\".cite"
        ),
        "{p}"
    );
    let p = problems(("cite = [\"seed-004 ¶68\"]", "cite = [\"seed-004 ¶150\"]"));
    assert!(
        p.mentions("example \"step-one\"", "claim \"step-one/1\".cite"),
        "{p}"
    );
    let p = problems(("cite = [\"seed-004 ¶67\", \"seed-004 ¶78\"]", "cite = []"));
    assert!(
        p.mentions("example \"step-one\"", "claim \"step-one/text\".cite"),
        "{p}"
    );
}

#[test]
fn claim_ids_belong_to_their_owner_and_are_unique() {
    let p = problems(("id = \"spiral/help\"", "id = \"overall/help\""));
    assert!(
        p.mentions("output \"spiral\"", "claim \"overall/help\".id"),
        "{p}"
    );
    assert!(
        p.mentions("output \"overall\"", "claim \"overall/help\".id"),
        "{p}"
    );
    let p = problems(("id = \"model/how\"", "id = \"how/all\""));
    assert!(p.mentions("[model]", "claim \"how/all\".id"), "{p}");
}

#[test]
fn every_zone_and_example_has_claims() {
    let p = problems((
        &format!(
            "[[zone.claim]]\n{}",
            claim("balanced/1", "model-escalation how 12")
        ),
        "",
    ));
    assert!(p.mentions("zone \"balanced\"", "claim"), "{p}");
}

#[test]
fn model_lists_and_help_texts_need_claim_fields() {
    let p = problems((
        "[model.evidence.how]\nid = \"model/how\"",
        "[model.evidence.nothing]\nid = \"model/how\"",
    ));
    assert!(p.mentions("[model]", "evidence.how"), "{p}");
    assert!(p.mentions("[model]", "evidence.nothing"), "{p}");
}

#[test]
fn the_example_evidence_covers_title_and_lists_in_both_languages() {
    let p = problems(("both_en = [\"Keep to pledges.\"]", "both_en = [\"約束\"]"));
    assert!(
        p.mentions("example \"step-one\"", "claim \"step-one/text\".en"),
        "{p}"
    );
}

/// Zone ids are the content's (issue 23: they had to equal a list in the model): any
/// unique kebab-case id starting with a letter, since it names a variant of `Zone`.
#[test]
fn zone_ids_are_unique_kebab_case_and_start_with_a_letter() {
    let p = problems(("id = \"balanced\"", "id = \"mostly-deterrence\""));
    assert!(p.mentions("zone \"mostly-deterrence\"", "id"), "{p}");
    let p = problems(("id = \"balanced\"", "id = \"2-way\""));
    assert!(p.mentions("zone \"2-way\"", "id"), "{p}");
    // Any other id will do (its claims' ids then follow it).
    let p = problems(("id = \"balanced\"", "id = \"even-handed\""));
    assert!(!p.mentions("zone \"even-handed\"", "id"), "{p}");
}

/// The widget's `Zone` and `zone_for` come from the zones as written: a variant per
/// zone in order, each with its id and bounds, the last taking every mix above.
#[test]
fn the_zone_enum_is_generated_from_the_zones() {
    let text = file(("id = \"balanced\"", "id = \"even-handed\""));
    let parsed: SliderFile = toml::from_str(&text).unwrap_or_else(|e| panic!("{e}"));
    let (glossary, sources) = (Glossary::default(), sources());
    let mut p = Problems::default();
    let mut cx = Ctx {
        file: "content.toml".into(),
        glossary: &glossary,
        sources: &sources,
        problems: &mut p,
        claims: Checker::new(Date {
            year: 2026,
            month: Some(12),
            day: Some(4),
        }),
    };
    let checked = validate(&mut cx, &parsed);
    let mut code = String::new();
    super::emit::emit(&checked, &mut code);
    assert!(code.contains("pub const ALL: [Zone; 5] = [Zone::DeterrenceOnly, Zone::MostlyDeterrence, Zone::EvenHanded, Zone::MostlyReassurance, Zone::ReassuranceOnly];"), "{code}");
    assert!(
        code.contains("Zone::EvenHanded => \"even-handed\","),
        "{code}"
    );
    assert!(
        code.contains("        40..=60 => Zone::EvenHanded,\n"),
        "{code}"
    );
    assert!(
        code.contains("        _ => Zone::ReassuranceOnly,\n"),
        "{code}"
    );
    assert!(code.contains("Zone::EvenHanded => 40,") && code.contains("Zone::EvenHanded => 60,"));
}
