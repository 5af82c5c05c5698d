//! Browser tests of `<hotspot-map>` (headless Chromium via wasm-bindgen-test): mount,
//! select by click and by keyboard, arrows and Home/End, Escape, the clear button, the
//! `selected` attribute after mount, the `hotspot-select` event, the language switch,
//! an unknown id, and unmounting.

#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::*;
use explainers::hotspot_map::data::{HOTSPOTS, MAP_FILES};
use explainers::runtime::exports::{live_count, property};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

/// Field `key` of the map's data file `id` in `lang`, as the build wrote it.
fn map_file(lang: &str, id: &str, key: &str) -> JsValue {
    let folder = DATA_KINDS
        .iter()
        .find(|(k, _)| *k == MAP_FILES.0)
        .map(|(_, f)| *f)
        .unwrap();
    let obj = js_sys::JSON::parse(&data_file(&format!("{folder}/{lang}/{id}.json"))).unwrap();
    js_sys::Reflect::get(&obj, &key.into()).unwrap()
}

fn map(attrs: &[(&str, &str)]) -> Mounted {
    mount("hotspot-map", attrs, "")
}

fn button(m: &Mounted, id: &str) -> HtmlElement {
    m.must(&format!("[data-testid=map-hotspot][data-id={id}]"))
}

fn pressed(m: &Mounted) -> Vec<String> {
    HOTSPOTS
        .iter()
        .filter(|h| button(m, h.id).get_attribute("aria-pressed").as_deref() == Some("true"))
        .map(|h| h.id.to_string())
        .collect()
}

fn card_id(m: &Mounted) -> Option<String> {
    m.q("[data-testid=map-card]")
        .and_then(|c| c.get_attribute("data-id"))
}

/// The CSS custom property `--x` or `--y` of a label (how the CSS places it).
fn prop(m: &Mounted, selector: &str, name: &str) -> String {
    m.must(selector).style().get_property_value(name).unwrap()
}

fn focused(m: &Mounted) -> Option<String> {
    m.root
        .active_element()
        .and_then(|e| e.get_attribute("data-id"))
}

#[wasm_bindgen_test]
async fn the_map_is_built_in_order_in_steps_after_mounting() {
    // Issue 9: mounting a map was one long task, then one long rendering. The mount
    // only sets up its state (it builds nothing, not even its root); then the root, the
    // first screen (frame and hotspot buttons), the land and the labels come in steps
    // of their own, in that order (how steps are spread over frames is
    // `browser_later`'s). `pending_for` (the element's `data-ready`) counts its steps still
    // to come.
    let m = map(&[("lang", "en")]);
    assert!(m.q(".hm").is_none());
    assert!(explainers::hooks::pending_for(m.id) > 0);
    assert_built_in_order(|| {
        [
            m.q(".hm").is_some(),
            m.count("[data-testid=map-hotspot]") == 4,
            m.count(".hm-land path") > 0,
            m.count(".hm-labels [data-x]") > 15,
        ]
    })
    .await;
    m.unmount();
}

#[wasm_bindgen_test]
async fn mounts_a_map_with_four_labelled_hotspot_buttons() {
    let m = map(&[("lang", "en")]);
    settle().await;
    assert_eq!(m.count("[data-testid=map-hotspot]"), 4);
    let list = m.must("[data-testid=map-list]");
    assert_eq!(
        list.get_attribute("aria-label").as_deref(),
        Some("Hotspots")
    );
    let names = js_sys::Array::from(&map_file("en", MAP_FILES.2, "names"));
    assert_eq!(names.length(), 4);
    for (i, h) in HOTSPOTS.iter().enumerate() {
        let b = button(&m, h.id);
        assert_eq!(b.local_name(), "button");
        assert_eq!(b.get_attribute("aria-pressed").as_deref(), Some("false"));
        assert_eq!(
            b.text_content().as_deref(),
            names.get(i as u32).as_string().as_deref()
        );
    }
    // Focus order runs north to south.
    let order: Vec<String> = (0..4)
        .map(|i| {
            m.must(&format!(".hm-spot:nth-child({}) button", i + 1))
                .get_attribute("data-id")
                .unwrap()
        })
        .collect();
    assert_eq!(
        order,
        [
            "korean-peninsula",
            "east-china-sea",
            "taiwan",
            "south-china-sea"
        ]
    );
    let svg = m.q("svg.hm-svg").unwrap();
    assert_eq!(svg.get_attribute("role").as_deref(), Some("img"));
    assert!(svg
        .get_attribute("aria-label")
        .unwrap()
        .contains("East Asia"));
    assert_eq!(
        m.count(".hm-land path"),
        map_file("en", MAP_FILES.1, "paths")
            .as_string()
            .unwrap()
            .matches("<path")
            .count() as u32
    );
    assert_eq!(m.count(".hm-region"), 4);
    assert_eq!(m.count(".hm-place"), 4);
    assert!(m
        .must(".hm-place[data-id=senkaku-islands]")
        .get_attribute("title")
        .unwrap()
        .contains("Diaoyu Dao"));
    assert!(m
        .must(".hm-credit")
        .text_content()
        .unwrap()
        .contains("Natural Earth"));
    assert_eq!(m.count("[data-testid=map-card]"), 0);
    assert!(m.q(".hm-hint").is_some());
    // Every label is placed at its point.
    assert!(m.count(".hm-labels [data-x]") > 15);
    let china = m.must(".hm-country");
    assert_eq!(
        prop(&m, ".hm-country", "--x"),
        china.get_attribute("data-x").unwrap()
    );
    assert_eq!(
        prop(&m, ".hm-place[data-id=paracel-islands]", "--y"),
        m.must(".hm-place[data-id=paracel-islands]")
            .get_attribute("data-y")
            .unwrap()
    );
    assert!(!prop(&m, ".hm-spot", "--x").is_empty());
    assert_eq!(selected(m.id), None);
    m.unmount();
}

#[wasm_bindgen_test]
async fn a_click_selects_and_opens_the_card_and_a_second_click_clears() {
    let events = Events::listen("hotspot-select");
    let m = map(&[("lang", "en")]);
    settle().await;
    button(&m, "taiwan").click();
    settle().await;
    assert_eq!(pressed(&m), ["taiwan"]);
    assert_eq!(card_id(&m).as_deref(), Some("taiwan"));
    assert_eq!(m.host.get_attribute("hotspot").as_deref(), Some("taiwan"));
    assert_eq!(selected(m.id).as_deref(), Some("taiwan"));
    assert!(m
        .q(".hm-region[data-id=taiwan]")
        .unwrap()
        .class_list()
        .contains("hm-on"));
    assert_eq!(events.details("id"), ["taiwan"]);

    // The card: as-of date, a dated timeline, measures, live glossary terms, sources.
    let card = m.must("[data-testid=map-card]");
    // The card's own data file, as the build wrote it.
    let html = card_body("en", "taiwan");
    // The as-of date is computed at build time from the card's claims (the oldest date
    // they were checked up to), as a machine date.
    let as_of = m.must(".hm-asof time").get_attribute("datetime").unwrap();
    assert!(
        as_of.len() == 10 && html.contains(&format!("datetime=\"{as_of}\"")),
        "{as_of}"
    );
    let timeline = html.matches("<li><time").count() as u32;
    assert!(timeline >= 3);
    assert_eq!(m.count(".hm-timeline > li"), timeline);
    // The timeline starts with the card data's first event, as a machine date.
    let first = html
        .split("<ol class=\"hm-timeline\"><li><time datetime=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap_or_default();
    assert!(first.len() >= 4, "{first}");
    assert_eq!(
        m.must(".hm-timeline time")
            .get_attribute("datetime")
            .as_deref(),
        Some(first)
    );
    assert_eq!(m.count(".hm-who"), 3);
    // The numbered notes: every source the card's claims cite, most with a link.
    let sources =
        html.matches("<li><a href=").count() as u32 + html.matches("<li><cite>").count() as u32;
    assert!(sources >= 3);
    assert_eq!(m.count(".hm-sources > li"), sources);
    assert!(m.count(".hm-sources a[href^='https://']") >= 1);
    assert!(m.count(".hm-timeline .hm-cite") >= timeline);
    let term = m.must("[data-testid=map-card] glossary-term");
    assert_eq!(term.get_attribute("lang").as_deref(), Some("en"));
    assert!(term.get_attribute("term").is_some());
    assert!(card.text_content().unwrap().contains("Parties"));

    button(&m, "taiwan").click();
    settle().await;
    assert!(pressed(&m).is_empty());
    assert_eq!(card_id(&m), None);
    assert_eq!(m.host.get_attribute("hotspot"), None);
    assert_eq!(m.host.get_attribute("selected"), None);
    assert_eq!(selected(m.id), None);
    // Cleared: `id` is null.
    assert_eq!(events.details("id"), ["taiwan", ""]);
    m.unmount();
}

#[wasm_bindgen_test]
async fn clicking_a_region_or_a_disputed_feature_selects_its_hotspot() {
    let m = map(&[("lang", "en")]);
    settle().await;
    let region = m.q(".hm-region[data-id=korean-peninsula]").unwrap();
    region
        .dispatch_event(&web_sys::Event::new("click").unwrap())
        .unwrap();
    settle().await;
    assert_eq!(card_id(&m).as_deref(), Some("korean-peninsula"));
    m.must(".hm-place[data-id=scarborough-shoal]").click();
    settle().await;
    assert_eq!(card_id(&m).as_deref(), Some("south-china-sea"));
    // The card lists its disputed features with every party's name.
    assert_eq!(m.count(".hm-places > li"), 3);
    assert!(m
        .must(".hm-places li[data-id=spratly-islands]")
        .text_content()
        .unwrap()
        .contains("Truong Sa Islands"));
    m.unmount();
}

#[wasm_bindgen_test]
async fn arrows_move_focus_and_enter_and_space_select() {
    let events = Events::listen("hotspot-select");
    let m = map(&[("lang", "en")]);
    settle().await;
    button(&m, "korean-peninsula").focus().unwrap();
    assert_eq!(focused(&m).as_deref(), Some("korean-peninsula"));
    for (k, expected) in [
        ("ArrowRight", "east-china-sea"),
        ("ArrowDown", "taiwan"),
        ("ArrowDown", "south-china-sea"),
        ("ArrowRight", "korean-peninsula"),
        ("ArrowLeft", "south-china-sea"),
        ("ArrowUp", "taiwan"),
        ("Home", "korean-peninsula"),
        ("End", "south-china-sea"),
    ] {
        let from = m.root.active_element().unwrap();
        key(&from, k);
        settle().await;
        assert_eq!(focused(&m).as_deref(), Some(expected), "after {k}");
    }
    // Moving focus selects nothing.
    assert!(pressed(&m).is_empty());
    assert!(events.details("id").is_empty());

    key(&m.root.active_element().unwrap(), "Enter");
    settle().await;
    assert_eq!(pressed(&m), ["south-china-sea"]);
    assert_eq!(card_id(&m).as_deref(), Some("south-china-sea"));

    key(&m.root.active_element().unwrap(), "ArrowUp");
    key(&m.root.active_element().unwrap(), " ");
    settle().await;
    assert_eq!(pressed(&m), ["taiwan"]);
    assert_eq!(focused(&m).as_deref(), Some("taiwan"));
    assert_eq!(events.details("id"), ["south-china-sea", "taiwan"]);
    m.unmount();
}

#[wasm_bindgen_test]
async fn escape_clears_and_focus_leaves_the_card_for_its_button() {
    let events = Events::listen("hotspot-select");
    let m = map(&[("lang", "en"), ("selected", "east-china-sea")]);
    settle().await;
    assert_eq!(card_id(&m).as_deref(), Some("east-china-sea"));
    // Escape on a button clears; focus stays.
    let b = button(&m, "east-china-sea");
    b.focus().unwrap();
    key(&b, "Escape");
    settle().await;
    assert_eq!(card_id(&m), None);
    assert_eq!(focused(&m).as_deref(), Some("east-china-sea"));

    // Escape inside the card: focus goes back to the hotspot's button.
    b.click();
    settle().await;
    let close = m.must("[data-testid=map-clear]");
    close.focus().unwrap();
    key(&close, "Escape");
    settle().await;
    assert_eq!(card_id(&m), None);
    assert_eq!(focused(&m).as_deref(), Some("east-china-sea"));

    // The close button does the same.
    b.click();
    settle().await;
    m.must("[data-testid=map-clear]").click();
    settle().await;
    assert_eq!(card_id(&m), None);
    assert_eq!(focused(&m).as_deref(), Some("east-china-sea"));
    assert_eq!(m.host.get_attribute("hotspot"), None);
    assert_eq!(m.host.get_attribute("selected"), None);
    assert_eq!(
        events.details("id"),
        ["", "east-china-sea", "", "east-china-sea", ""]
    );

    // With nothing selected, Escape is left to the page.
    let before = events.details("id").len();
    key(&b, "Escape");
    settle().await;
    assert_eq!(events.details("id").len(), before);
    m.unmount();
}

#[wasm_bindgen_test]
async fn the_hotspot_attribute_is_followed_after_mount() {
    let events = Events::listen("hotspot-select");
    let m = map(&[("lang", "en"), ("hotspot", "taiwan")]);
    settle().await;
    assert_eq!(card_id(&m).as_deref(), Some("taiwan"));
    assert_eq!(pressed(&m), ["taiwan"]);
    // No event for the initial state.
    assert!(events.details("id").is_empty());

    m.set("hotspot", Some("south-china-sea"));
    settle().await;
    assert_eq!(card_id(&m).as_deref(), Some("south-china-sea"));
    assert_eq!(pressed(&m), ["south-china-sea"]);
    assert_eq!(m.host.get_attribute("data-selected"), None);
    assert_eq!(
        m.must(".hm").get_attribute("data-selected").as_deref(),
        Some("south-china-sea")
    );

    m.set("hotspot", Some(" Korean-Peninsula "));
    settle().await;
    assert_eq!(card_id(&m).as_deref(), Some("korean-peninsula"));

    m.set("hotspot", None);
    settle().await;
    assert_eq!(card_id(&m), None);
    assert!(pressed(&m).is_empty());

    // After a reader clears, setting the same value again selects it again.
    m.set("hotspot", Some("taiwan"));
    settle().await;
    button(&m, "taiwan").click();
    settle().await;
    assert_eq!(card_id(&m), None);
    m.set("hotspot", Some("taiwan"));
    settle().await;
    assert_eq!(card_id(&m).as_deref(), Some("taiwan"));
    assert_eq!(
        events.details("id"),
        [
            "south-china-sea",
            "korean-peninsula",
            "",
            "taiwan",
            "",
            "taiwan"
        ]
    );
    m.unmount();
}

#[wasm_bindgen_test]
async fn the_language_switches_labels_and_card() {
    let m = map(&[("lang", "ja"), ("selected", "taiwan")]);
    settle().await;
    assert_eq!(m.must(".hm").get_attribute("lang").as_deref(), Some("ja"));
    assert_eq!(m.must(".hm-title").text_content().as_deref(), Some("台湾"));
    assert_eq!(
        button(&m, "south-china-sea").text_content().as_deref(),
        Some("南シナ海")
    );
    assert!(m
        .must(".hm-labels")
        .text_content()
        .unwrap()
        .contains("日本海"));
    let as_of = m.must(".hm-asof time").text_content().unwrap();
    assert!(as_of.ends_with("までの記録で確認"), "{as_of}");

    m.set("lang", Some("en"));
    settle().await;
    assert_eq!(m.must(".hm").get_attribute("lang").as_deref(), Some("en"));
    assert_eq!(
        m.must(".hm-title").text_content().as_deref(),
        Some("Taiwan")
    );
    assert_eq!(
        button(&m, "south-china-sea").text_content().as_deref(),
        Some("South China Sea")
    );
    let labels = m.must(".hm-labels").text_content().unwrap();
    assert!(labels.contains("Sea of Japan") && labels.contains("East Sea"));
    // The new labels are placed too.
    let sea = m.must(".hm-sea");
    assert_eq!(
        sea.style().get_property_value("--x").unwrap(),
        sea.get_attribute("data-x").unwrap()
    );
    let as_of = m.must(".hm-asof time").text_content().unwrap();
    assert!(
        as_of.starts_with("Checked against the record up to "),
        "{as_of}"
    );
    assert_eq!(
        m.must("[data-testid=map-card] glossary-term")
            .get_attribute("lang")
            .as_deref(),
        Some("en")
    );
    assert_eq!(card_id(&m).as_deref(), Some("taiwan"));
    m.unmount();
}

#[wasm_bindgen_test]
async fn an_unknown_id_selects_nothing_and_warns_once() {
    let warnings = Warnings::capture();
    let events = Events::listen("hotspot-select");
    let m = map(&[("lang", "en"), ("selected", "nope")]);
    settle().await;
    assert_eq!(card_id(&m), None);
    assert!(pressed(&m).is_empty());
    m.set("lang", Some("ja"));
    settle().await;
    let mine: Vec<String> = warnings
        .messages()
        .into_iter()
        .filter(|w| w.contains("<hotspot-map>"))
        .collect();
    assert_eq!(mine.len(), 1, "{mine:?}");
    assert!(mine[0].contains("\"nope\""), "{}", mine[0]);

    // From a good selection to a bad one: cleared, announced, one more warning.
    m.set("selected", Some("taiwan"));
    settle().await;
    assert_eq!(card_id(&m).as_deref(), Some("taiwan"));
    m.set("selected", Some("atlantis"));
    settle().await;
    assert_eq!(card_id(&m), None);
    assert_eq!(events.details("id"), ["taiwan", ""]);
    let count = warnings
        .messages()
        .iter()
        .filter(|w| w.contains("<hotspot-map>"))
        .count();
    assert_eq!(count, 2);
    m.unmount();
}

#[wasm_bindgen_test]
async fn unmounting_leaves_no_instance() {
    let before = live_count();
    let maps: Vec<Mounted> = (0..3)
        .map(|_| map(&[("lang", "en"), ("selected", "taiwan")]))
        .collect();
    settle().await;
    assert_eq!(live_count(), before + 3);
    for m in maps {
        assert!(m.unmount());
    }
    settle().await;
    assert_eq!(live_count(), before);
}

/// `el.selected` reads the current selection (not the one before the last
/// attribute change).
fn selected(id: u32) -> Option<String> {
    property(id, "selected").as_string()
}

/// Regression: `hugo --minify` turned `selected="east-china-sea"` into a bare
/// `selected` (a boolean attribute in HTML) and the map showed nothing. `hotspot` is the
/// attribute now; `selected` still works, and `hotspot` wins when both are set.
#[wasm_bindgen_test]
async fn hotspot_is_the_attribute_and_selected_its_older_name() {
    let warnings = Warnings::capture();
    let m = map(&[("lang", "en"), ("selected", "taiwan")]);
    settle().await;
    assert_eq!(card_id(&m).as_deref(), Some("taiwan"));
    m.set("hotspot", Some("east-china-sea"));
    settle().await;
    assert_eq!(card_id(&m).as_deref(), Some("east-china-sea"));
    assert_eq!(selected(m.id).as_deref(), Some("east-china-sea"));
    m.unmount();

    // A minified page: `selected` emptied, `hotspot` intact.
    let m = map(&[
        ("lang", "en"),
        ("selected", ""),
        ("hotspot", "korean-peninsula"),
    ]);
    settle().await;
    assert_eq!(card_id(&m).as_deref(), Some("korean-peninsula"));
    // A reader's choice is written to `hotspot`, and the older name goes.
    button(&m, "taiwan").click();
    settle().await;
    assert_eq!(m.host.get_attribute("hotspot").as_deref(), Some("taiwan"));
    assert_eq!(m.host.get_attribute("selected"), None);
    m.unmount();
    assert!(
        warnings
            .messages()
            .iter()
            .all(|w| !w.contains("<hotspot-map>")),
        "{:?}",
        warnings.messages()
    );
}

/// Issue 22: the layers' checkboxes turn a layer on and off (drawn, its legend shown,
/// `layers` written back, `layers-change` fired), and the attribute chooses them.
#[wasm_bindgen_test]
async fn a_checkbox_draws_a_layer_and_the_attribute_chooses_them() {
    use explainers::hotspot_map::data::LAYERS;
    let events = Events::listen("layers-change");
    let m = map(&[("lang", "en")]);
    settle().await;
    assert_eq!(m.count("[data-testid=map-layer]"), LAYERS.len() as u32);
    assert_eq!(
        m.count(".hm-drawn [data-layer]"),
        0,
        "no layer until one is on"
    );
    let first = LAYERS[0];
    m.must(&format!("[data-testid=map-layer][value={first}]"))
        .click();
    settle().await;
    assert_eq!(m.host.get_attribute("layers").as_deref(), Some(first));
    assert_eq!(m.count(&format!(".hm-drawn [data-layer={first}]")), 1);
    assert_eq!(m.count(&format!(".hm-legend[data-layer={first}]")), 1);
    assert!(m
        .must("[data-testid=map-layer-status]")
        .text_content()
        .unwrap_or_default()
        .contains("shown on the map"));
    m.set("layers", Some(LAYERS[1]));
    settle().await;
    assert_eq!(m.count(".hm-drawn [data-layer]"), 1);
    assert_eq!(m.count(&format!(".hm-drawn [data-layer={}]", LAYERS[1])), 1);
    assert_eq!(events.details("layers"), [first, LAYERS[1]]);
    m.unmount();
}

/// Regression: built with DOM calls, the list's key listener was passive (gloo's
/// default), so its `preventDefault` was ignored: Enter or Space on a hotspot's button
/// selected it, and then the button's own activation (a click) cleared it again.
#[wasm_bindgen_test]
async fn enter_space_and_the_arrows_cancel_the_keys_default_action() {
    use web_sys::{KeyboardEvent, KeyboardEventInit};
    let m = map(&[("lang", "en")]);
    settle().await;
    for k in ["Enter", " ", "ArrowDown", "End"] {
        let init = KeyboardEventInit::new();
        init.set_key(k);
        init.set_bubbles(true);
        init.set_cancelable(true);
        let ev = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
        button(&m, "taiwan").dispatch_event(&ev).unwrap();
        assert!(ev.default_prevented(), "{k:?}");
        settle().await;
    }
    m.unmount();
}
