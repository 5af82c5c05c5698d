//! Browser tests of `<deterrence-slider>`: input events, attribute changes after
//! mount, the event and its detail, bad values, language, the model controls, the live
//! region and glossary terms. (Real key presses on the native range input are driven
//! in the end-to-end tests, where the browser's keyboard events are trusted.)

#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Event, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

fn input(m: &Mounted, testid: &str) -> HtmlInputElement {
    m.must(&format!("[data-testid={testid}]"))
        .dyn_into()
        .unwrap()
}

fn slide(m: &Mounted, v: &str) {
    let i = input(m, "slider-input");
    i.set_value(v);
    i.dispatch_event(&Event::new("input").unwrap()).unwrap();
}

fn gauge(m: &Mounted, id: &str) -> u32 {
    m.must(&format!(
        "[data-testid=slider-gauge][data-id={id}] [role=meter]"
    ))
    .get_attribute("aria-valuenow")
    .unwrap()
    .parse()
    .unwrap()
}

fn zone(m: &Mounted) -> String {
    m.must(".ds").get_attribute("data-zone").unwrap()
}

#[wasm_bindgen_test]
async fn mounts_at_the_attribute_value_with_words_for_screen_readers() {
    let m = mount("deterrence-slider", &[("value", "40"), ("lang", "ja")], "");
    settle().await;
    let i = input(&m, "slider-input");
    assert_eq!(i.value(), "40");
    assert_eq!(i.type_(), "range");
    assert_eq!(zone(&m), "balanced");
    assert_eq!(
        i.get_attribute("aria-valuetext").as_deref(),
        Some("均衡 (40/100)")
    );
    assert!(m
        .must("[data-testid=slider-disclaimer]")
        .text_content()
        .unwrap()
        .contains("予測ではありません"));
    assert_eq!(m.count("[data-testid=slider-gauge]"), 4);
    m.unmount();
}

#[wasm_bindgen_test]
async fn input_moves_the_zone_gauges_chart_and_announces_the_change() {
    let events = Events::listen("deterrence-change");
    let m = mount("deterrence-slider", &[("value", "50"), ("lang", "en")], "");
    settle().await;
    let path_before = m.q("path.ds-line").unwrap().get_attribute("d").unwrap();
    let spiral_before = gauge(&m, "spiral");
    slide(&m, "5");
    settle().await;
    assert_eq!(zone(&m), "deterrence-only");
    assert!(
        gauge(&m, "spiral") > spiral_before,
        "more deterrence, more spiral risk"
    );
    assert_ne!(
        m.q("path.ds-line").unwrap().get_attribute("d").unwrap(),
        path_before
    );
    assert_eq!(
        input(&m, "slider-input")
            .get_attribute("aria-valuetext")
            .as_deref(),
        Some("deterrence only (5/100)")
    );
    assert_eq!(events.details("zone"), vec!["deterrence-only".to_string()]);
    m.unmount();
}

#[wasm_bindgen_test]
async fn the_attribute_can_change_after_mount() {
    let m = mount("deterrence-slider", &[("value", "10")], "");
    settle().await;
    m.set("value", Some("90"));
    settle().await;
    assert_eq!(input(&m, "slider-input").value(), "90");
    assert_eq!(zone(&m), "reassurance-only");
    assert_eq!(
        explainers::runtime::exports::property(m.id, "value")
            .as_string()
            .as_deref(),
        Some("90")
    );
    m.unmount();
}

#[wasm_bindgen_test]
async fn bad_values_are_clamped_or_defaulted_with_one_warning_each() {
    let warnings = Warnings::capture();
    let m = mount("deterrence-slider", &[("value", "forty")], "");
    settle().await;
    assert_eq!(input(&m, "slider-input").value(), "50");
    m.set("value", Some("-7"));
    settle().await;
    assert_eq!(input(&m, "slider-input").value(), "0");
    m.set("value", Some("1000"));
    settle().await;
    assert_eq!(input(&m, "slider-input").value(), "100");
    let msgs = warnings.messages();
    assert_eq!(msgs.len(), 3, "{msgs:?}");
    assert!(
        msgs.iter().all(|w| w.starts_with("<deterrence-slider>")),
        "{msgs:?}"
    );
    assert!(
        msgs[0].contains("forty") && msgs[1].contains("-7"),
        "{msgs:?}"
    );
    m.unmount();
}

#[wasm_bindgen_test]
async fn the_language_follows_the_attribute() {
    let m = mount("deterrence-slider", &[("value", "70"), ("lang", "ja")], "");
    settle().await;
    assert!(m
        .must("[data-testid=slider-zone]")
        .text_content()
        .unwrap()
        .contains("安心供与寄り"));
    m.set("lang", Some("en"));
    settle().await;
    assert!(m
        .must("[data-testid=slider-zone]")
        .text_content()
        .unwrap()
        .contains("Mostly reassurance"));
    assert_eq!(m.must(".ds").get_attribute("lang").as_deref(), Some("en"));
    m.unmount();
}

#[wasm_bindgen_test]
async fn the_model_controls_change_the_risks_as_the_brief_argues() {
    let events = Events::listen("deterrence-change");
    let m = mount("deterrence-slider", &[("value", "100"), ("lang", "en")], "");
    settle().await;
    let risk = || {
        explainers::runtime::exports::property(m.id, "risk")
            .as_string()
            .and_then(|r| r.parse::<u32>().ok())
    };
    assert_eq!(
        risk(),
        Some(gauge(&m, "overall")),
        "el.risk is the overall gauge"
    );
    let (exploit, overall) = (gauge(&m, "exploitation"), gauge(&m, "overall"));
    input(&m, "slider-reciprocity").click();
    settle().await;
    assert!(
        gauge(&m, "exploitation") > exploit,
        "no reciprocity: exploited"
    );
    assert!(gauge(&m, "exploitation") > 60);
    assert!(gauge(&m, "overall") > overall);
    let mis = input(&m, "slider-misperception");
    let before = gauge(&m, "overall");
    mis.set_value("50");
    mis.dispatch_event(&Event::new("input").unwrap()).unwrap();
    settle().await;
    assert!(
        gauge(&m, "overall") > before,
        "more misperception, more risk"
    );
    // Issue 10: the page reads the risk at the reader's assumptions from the slider
    // (el.risk, and each deterrence-change, which fires on either assumption too).
    assert_eq!(risk(), Some(gauge(&m, "overall")));
    assert_eq!(
        events.details("zone"),
        ["reassurance-only", "reassurance-only"]
    );
    assert_eq!(events.numbers("value"), [100.0, 100.0]);
    assert_eq!(
        events.numbers("risk").last().copied(),
        Some(f64::from(gauge(&m, "overall")))
    );
    m.unmount();
}

#[wasm_bindgen_test]
async fn the_live_region_changes_only_when_the_zone_changes() {
    let m = mount("deterrence-slider", &[("value", "45"), ("lang", "en")], "");
    settle().await;
    let live = m.must("[data-testid=slider-live]");
    assert_eq!(live.get_attribute("aria-live").as_deref(), Some("polite"));
    let before = live.text_content().unwrap();
    slide(&m, "46");
    settle().await;
    assert_eq!(live.text_content().unwrap(), before);
    slide(&m, "75");
    settle().await;
    assert_ne!(live.text_content().unwrap(), before);
    m.unmount();
}

#[wasm_bindgen_test]
async fn examples_fit_the_position_and_carry_live_glossary_terms() {
    let m = mount("deterrence-slider", &[("value", "0"), ("lang", "ja")], "");
    settle().await;
    let ids = |m: &Mounted| {
        let list = m
            .root
            .query_selector_all("[data-testid=slider-example]")
            .unwrap();
        (0..list.length())
            .map(|i| {
                list.item(i)
                    .unwrap()
                    .dyn_into::<web_sys::Element>()
                    .unwrap()
                    .get_attribute("data-id")
                    .unwrap()
            })
            .collect::<Vec<_>>()
    };
    let at_zero = ids(&m);
    assert!(!at_zero.is_empty());
    slide(&m, "100");
    settle().await;
    assert_ne!(ids(&m), at_zero);
    let term = m.must("glossary-term");
    assert!(term.get_attribute("term").is_some());
    assert_eq!(term.get_attribute("lang").as_deref(), Some("ja"));
    // An example's body (and its sources) comes when a reader reaches for one
    // (issue 25): none is there before, and opening the first shows its own.
    assert!(m.q("[data-testid=slider-example-sources]").is_none());
    let first = m.must("[data-testid=slider-example] details");
    first.set_attribute("open", "").unwrap();
    settle().await;
    assert!(first
        .query_selector(".ds-ex-body[aria-busy]")
        .unwrap()
        .is_none());
    // Regression (issue 21): the slider's statements showed no sources. Each example
    // and the zone's explanation now end with theirs (the brief by paragraph, or the
    // model's rules), in the widget's language.
    let example = m.must("[data-testid=slider-example-sources]");
    assert!(example
        .text_content()
        .unwrap_or_default()
        .starts_with("出典："));
    let zone = m.must("[data-testid=slider-zone-sources]");
    let zone = zone.text_content().unwrap_or_default();
    assert!(
        zone.starts_with("出典：") && zone.contains("段落"),
        "{zone}"
    );
    m.unmount();
}

#[wasm_bindgen_test]
async fn the_charts_text_alternative_is_its_caption_and_two_figures_in_the_widgets_language() {
    // Its words, punctuation included, are the widget's text.toml template (`chart_alt`,
    // with the caption as `{title}`), filled at run time: nothing of it is left unfilled.
    use explainers::content::slider_labels::CHART_TITLE;
    for lang in ["en", "ja"] {
        let m = mount("deterrence-slider", &[("value", "40"), ("lang", lang)], "");
        settle().await;
        let alt = m
            .q("[data-testid=slider-chart]")
            .and_then(|svg| svg.get_attribute("aria-label"))
            .unwrap();
        let title = if lang == "en" {
            CHART_TITLE.en
        } else {
            CHART_TITLE.ja
        };
        assert!(alt.starts_with(title), "{alt}");
        assert!(!alt.contains('{') && alt.matches('%').count() == 2, "{alt}");
        m.unmount();
    }
}

#[wasm_bindgen_test]
async fn the_slider_is_built_in_order_in_steps_after_mounting() {
    // Issue 9: one long task mounted the whole slider, then one long rendering laid it
    // out. The mount only sets up its state (it builds nothing, not even its root); the
    // root, its position and zone, the gauges, the chart and controls, and the examples
    // come in steps of their own, in that order (how steps are spread over frames is
    // `browser_later`'s). `pending_for` (the element's `data-ready`) counts its steps still
    // to come.
    let m = mount("deterrence-slider", &[("value", "40"), ("lang", "en")], "");
    assert!(m.q(".ds").is_none());
    assert!(m.q("[data-testid=slider-input]").is_none());
    assert!(explainers::hooks::pending_for(m.id) > 0);
    assert_built_in_order(|| {
        [
            m.q(".ds").is_some(),
            m.q("[data-testid=slider-input]").is_some(),
            m.count("[data-testid=slider-gauge]") == 4,
            m.q("[data-testid=slider-chart]").is_some(),
            m.count("[data-testid=slider-example]") > 0,
        ]
    })
    .await;
    m.unmount();

    // Unmounted before its later steps ran: they never run (they went with the
    // instance), and nothing is built into the removed root.
    let warnings = Warnings::capture();
    let early = mount("deterrence-slider", &[("value", "40"), ("lang", "en")], "");
    let (root, id) = (early.root.clone(), early.id);
    assert!(early.unmount());
    settle().await;
    assert_eq!(
        root.query_selector_all(
            "[data-testid=slider-input], [data-testid=slider-gauge], [data-testid=slider-chart]"
        )
        .unwrap()
        .length(),
        0
    );
    assert_eq!(warnings.messages(), Vec::<String>::new());
    // And they are not counted as still to come.
    assert_eq!(explainers::hooks::pending_for(id), 0);
    assert_eq!(explainers::hooks::pending(), 0);
}
