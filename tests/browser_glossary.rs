//! Browser tests of `<glossary-term>` and `<glossary-scope>` (headless Chromium or
//! Firefox via wasm-bindgen-test): mount, open by focus and by click, Escape, related
//! terms, language switch, unknown ids, many terms, unmounting, the scope's matching.

#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

fn reassurance() -> Mounted {
    mount("glossary-term", &[("term", "reassurance")], "安心供与")
}

fn is_open(m: &Mounted) -> bool {
    m.must("[data-testid=glossary-trigger]")
        .get_attribute("aria-expanded")
        .as_deref()
        == Some("true")
}

#[wasm_bindgen_test]
async fn mounts_a_named_focusable_trigger_around_the_word() {
    let m = reassurance();
    settle().await;
    let t = m.must("[data-testid=glossary-trigger]");
    assert_eq!(t.get_attribute("role").as_deref(), Some("button"));
    assert_eq!(t.tab_index(), 0);
    assert_eq!(t.get_attribute("aria-expanded").as_deref(), Some("false"));
    // The word itself stays in the light DOM, shown through a slot.
    assert!(t.query_selector("slot").unwrap().is_some());
    assert_eq!(m.host.text_content().as_deref(), Some("安心供与"));
    // The definition is there for screen readers (aria-describedby) while closed.
    assert!(m
        .must("#gx-desc")
        .text_content()
        .unwrap()
        .contains("平和的"));
    assert_eq!(m.count(".gx-card"), 0);
    m.unmount();
}

#[wasm_bindgen_test]
async fn the_mounted_term_adopts_the_loaders_trigger() {
    // Issue 23: the loader and the widget each rendered the trigger, so the word the
    // reader was on was replaced when the widget mounted. The widget now adopts the
    // loader's: the same element, with what the popover adds to it.
    let m = reassurance();
    let before = m.must("[data-testid=glossary-trigger]");
    settle().await;
    assert_eq!(m.count("[data-testid=glossary-trigger]"), 1);
    let t = m.must("[data-testid=glossary-trigger]");
    assert!(
        t.is_same_node(Some(&before)),
        "the loader's trigger, adopted"
    );
    assert_eq!(t.get_attribute("aria-controls").as_deref(), Some("gx-pop"));
    assert_eq!(
        t.get_attribute("aria-describedby").as_deref(),
        Some("gx-desc")
    );
    let holder = m.must(".gx");
    assert!(holder.contains(Some(&m.must("[data-testid=glossary-popover]"))));
    m.unmount();
}

#[wasm_bindgen_test]
async fn the_loaders_intent_opens_the_popover_as_the_widget_would_have() {
    // Focus and a click open it at once.
    for intent in ["focus", "click"] {
        let m = reassurance();
        settle().await;
        m.set("intent", Some(intent));
        settle().await;
        assert!(is_open(&m), "{intent}");
        m.unmount();
    }
    // A hover that has rested the whole delay opens it at once; one just begun waits
    // for the rest of it (the delay is the widget's, not the loader's).
    let rested = reassurance();
    let begun = reassurance();
    settle().await;
    rested.set("intent", Some("hover 300"));
    begun.set("intent", Some("hover 0"));
    settle().await;
    assert!(is_open(&rested));
    assert!(!is_open(&begun), "not before the hover delay");
    let mut frames = 0;
    while !is_open(&begun) && frames < 240 {
        frame().await;
        frames += 1;
    }
    assert!(is_open(&begun), "after the hover delay");
    rested.unmount();
    begun.unmount();
}

#[wasm_bindgen_test]
async fn keyboard_focus_opens_and_escape_closes_and_returns_focus() {
    let events = Events::listen("glossary-open");
    let m = reassurance();
    settle().await;
    let t = m.must("[data-testid=glossary-trigger]");
    t.focus().unwrap();
    settle().await;
    assert!(is_open(&m), "focus should open the popover");
    let pop = m.must("[data-testid=glossary-popover]");
    assert_eq!(pop.get_attribute("data-open").as_deref(), Some("true"));
    assert_eq!(pop.get_attribute("role").as_deref(), Some("dialog"));
    assert!(m
        .must("[data-testid=glossary-definition]")
        .text_content()
        .unwrap()
        .contains("平和的"));
    assert_eq!(events.details("term"), vec!["reassurance".to_string()]);

    key(&pop, "Escape");
    settle().await;
    assert!(!is_open(&m));
    let active = m.root.active_element().expect("focus stays in the widget");
    assert_eq!(
        active.get_attribute("data-testid").as_deref(),
        Some("glossary-trigger")
    );
    m.unmount();
}

#[wasm_bindgen_test]
async fn click_opens_and_a_second_click_closes() {
    let m = reassurance();
    settle().await;
    let t = m.must("[data-testid=glossary-trigger]");
    t.click();
    settle().await;
    assert!(is_open(&m));
    t.click();
    settle().await;
    assert!(!is_open(&m));
    m.unmount();
}

/// Issue 10: the page-level listeners (outside pointer, Escape, scroll, resize) exist
/// only while a popover is open, and go when it closes or its term is unmounted.
#[wasm_bindgen_test]
async fn page_listeners_live_only_while_a_popover_is_open() {
    use explainers::glossary::open_state::page_listener_count;
    let m = reassurance();
    settle().await;
    assert_eq!(page_listener_count(), 0);
    let t = m.must("[data-testid=glossary-trigger]");
    t.click();
    settle().await;
    assert!(is_open(&m));
    assert_eq!(page_listener_count(), 4);
    t.click();
    settle().await;
    assert_eq!(page_listener_count(), 0);
    // Unmounted while open.
    t.click();
    settle().await;
    assert_eq!(page_listener_count(), 4);
    m.unmount();
    settle().await;
    assert_eq!(page_listener_count(), 0);
}

#[wasm_bindgen_test]
async fn enter_and_space_toggle_like_a_button() {
    let m = reassurance();
    settle().await;
    let t = m.must("[data-testid=glossary-trigger]");
    key(&t, "Enter");
    settle().await;
    assert!(is_open(&m));
    key(&t, " ");
    settle().await;
    assert!(!is_open(&m));
    m.unmount();
}

#[wasm_bindgen_test]
async fn the_more_disclosure_shows_the_explanation() {
    let m = reassurance();
    settle().await;
    m.must("[data-testid=glossary-trigger]").click();
    settle().await;
    // A native disclosure: its summary toggles it, and the browser exposes the state.
    let disclosure = m.must("details.gx-disclosure");
    let more = m.must("details.gx-disclosure > summary[data-testid=glossary-more]");
    assert!(m.q("details.gx-disclosure > #gx-exp").is_some());
    assert!(!disclosure.has_attribute("open"));
    more.click();
    settle().await;
    assert!(disclosure.has_attribute("open"));
    m.unmount();
}

/// Regression (issue 21): the popover printed one source line per entry, which did not
/// always support the definition; it now shows the sources of what it displays, each
/// with its place in the document, and the date the entry was checked up to.
#[wasm_bindgen_test]
async fn a_built_in_entry_shows_the_sources_of_what_it_displays_and_its_check_date() {
    let m = reassurance();
    settle().await;
    m.must("[data-testid=glossary-trigger]").click();
    settle().await;
    let evidence = m.must("[data-testid=glossary-source]");
    let text = evidence.text_content().unwrap_or_default();
    assert!(text.contains("出典"), "{text}");
    assert!(
        text.contains("段落"),
        "a seed is cited by paragraph: {text}"
    );
    let checked = m.must("[data-testid=glossary-checked]");
    assert!(
        checked
            .text_content()
            .unwrap_or_default()
            .ends_with("までの記録で確認"),
        "{:?}",
        checked.text_content()
    );
    m.unmount();
}

#[wasm_bindgen_test]
async fn related_terms_open_their_own_entry_and_back_returns() {
    let m = reassurance();
    settle().await;
    m.must("[data-testid=glossary-trigger]").click();
    settle().await;
    let related = m.must("[data-testid=glossary-related][data-term=deterrence]");
    related.click();
    settle().await;
    assert_eq!(
        m.must(".gx-card").get_attribute("data-term").as_deref(),
        Some("deterrence")
    );
    assert!(is_open(&m), "navigating keeps the popover open");
    until("focus on the new entry's title", || {
        m.root
            .active_element()
            .is_some_and(|a| a.id() == "gx-title")
    })
    .await;
    let active = m.root.active_element().unwrap();
    assert_eq!(
        active.id(),
        "gx-title",
        "focus moves to the new entry's title"
    );
    m.must("[data-testid=glossary-back]").click();
    settle().await;
    assert_eq!(
        m.must(".gx-card").get_attribute("data-term").as_deref(),
        Some("reassurance")
    );
    m.unmount();
}

#[wasm_bindgen_test]
async fn language_follows_the_lang_attribute_after_mount() {
    let m = mount(
        "glossary-term",
        &[("term", "deterrence"), ("lang", "ja")],
        "抑止",
    );
    settle().await;
    m.must("[data-testid=glossary-trigger]").click();
    settle().await;
    assert_eq!(
        m.must(".gx-card").get_attribute("lang").as_deref(),
        Some("ja")
    );
    m.set("lang", Some("en"));
    settle().await;
    let card = m.must(".gx-card");
    assert_eq!(card.get_attribute("lang").as_deref(), Some("en"));
    assert!(m
        .must("[data-testid=glossary-definition]")
        .text_content()
        .unwrap()
        .contains("discouraging"));
    // Both scripts are shown and tagged with their language.
    assert!(m.q(".gx-title [lang=ja]").is_some() && m.q(".gx-title [lang=en]").is_some());
    assert_eq!(m.must("rt").text_content().as_deref(), Some("よくし"));
    m.unmount();
}

#[wasm_bindgen_test]
async fn an_unknown_term_stays_plain_text_with_one_warning() {
    let warnings = Warnings::capture();
    let m = mount("glossary-term", &[("term", "no-such-term")], "なにか");
    settle().await;
    assert!(m.q("[data-testid=glossary-trigger]").is_none());
    assert!(m.q("slot").is_some(), "the word still shows");
    let msgs = warnings.messages();
    assert_eq!(msgs.len(), 1, "{msgs:?}");
    assert!(
        msgs[0].contains("<glossary-term>") && msgs[0].contains("no-such-term"),
        "{msgs:?}"
    );
    // Fixing the attribute after mount brings the widget to life.
    m.set("term", Some("reassurance"));
    settle().await;
    assert!(m.q("[data-testid=glossary-trigger]").is_some());
    m.unmount();
}

// Regression (review of the memos' removal): the failure is derived, not memoised, so
// a load that failed the same way again (a failed entry is asked again when its key
// comes back; with the loader, an unknown id fails with the same reason in every
// language) warned again.
#[wasm_bindgen_test]
async fn an_unknown_term_asked_again_warns_once() {
    let warnings = Warnings::capture();
    let m = mount("glossary-term", &[("term", "no-such-term")], "なにか");
    settle().await;
    // Attribute changes that leave the language as it was: the failed load is asked
    // again, and fails the same way.
    m.set("lang", Some("ja-JP"));
    settle().await;
    m.set("lang", Some("ja"));
    settle().await;
    let msgs = warnings.messages();
    assert_eq!(msgs.len(), 1, "{msgs:?}");
    assert!(m.q("[data-testid=glossary-trigger]").is_none());
    m.unmount();
}

#[wasm_bindgen_test]
async fn bad_lang_and_theme_fall_back_with_one_warning_each() {
    let warnings = Warnings::capture();
    let m = mount(
        "glossary-term",
        &[
            ("term", "reassurance"),
            ("lang", "<script>x</script>"),
            ("theme", "neon"),
        ],
        "安心供与",
    );
    settle().await;
    let root = m.must(".ex-root");
    assert_eq!(root.get_attribute("lang").as_deref(), Some("ja"));
    assert_eq!(root.get_attribute("data-theme").as_deref(), Some("auto"));
    let msgs = warnings.messages();
    assert_eq!(msgs.len(), 2, "{msgs:?}");
    m.set("theme", Some("dark"));
    settle().await;
    assert_eq!(
        m.must(".ex-root").get_attribute("data-theme").as_deref(),
        Some("dark")
    );
    m.unmount();
}

#[wasm_bindgen_test]
async fn only_one_popover_is_open_at_a_time_among_many_terms() {
    let many: Vec<Mounted> = (0..60)
        .map(|i| {
            let id = if i % 2 == 0 {
                "reassurance"
            } else {
                "deterrence"
            };
            mount("glossary-term", &[("term", id)], "語")
        })
        .collect();
    settle().await;
    assert!(many
        .iter()
        .all(|m| m.q("[data-testid=glossary-trigger]").is_some()));
    many[3].must("[data-testid=glossary-trigger]").click();
    settle().await;
    // (In view: a popover whose word has scrolled out of view closes.)
    many[40].host.scroll_into_view();
    many[40].must("[data-testid=glossary-trigger]").click();
    settle().await;
    let open: Vec<usize> = many
        .iter()
        .enumerate()
        .filter(|(_, m)| is_open(m))
        .map(|(i, _)| i)
        .collect();
    assert_eq!(open, vec![40]);
    for m in many {
        m.unmount();
    }
}

#[wasm_bindgen_test]
async fn a_pointer_down_elsewhere_closes_the_popover() {
    let m = reassurance();
    settle().await;
    m.must("[data-testid=glossary-trigger]").click();
    settle().await;
    assert!(is_open(&m));
    let init = web_sys::PointerEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    let ev = web_sys::PointerEvent::new_with_event_init_dict("pointerdown", &init).unwrap();
    document().body().unwrap().dispatch_event(&ev).unwrap();
    settle().await;
    assert!(!is_open(&m));
    m.unmount();
}

#[wasm_bindgen_test]
async fn unmounting_removes_the_view_and_the_instance() {
    let before = explainers::runtime::exports::live_count();
    let m = reassurance();
    settle().await;
    assert_eq!(explainers::runtime::exports::live_count(), before + 1);
    let root = m.root.clone();
    assert!(m.unmount());
    settle().await;
    assert_eq!(explainers::runtime::exports::live_count(), before);
    // The popover went with the view (the trigger is the loader's, which empties the
    // shadow root after unmounting).
    assert!(root
        .query_selector("[data-testid=glossary-popover]")
        .unwrap()
        .is_none());
    assert!(root.query_selector("#gx-desc").unwrap().is_none());
    // A second unmount of the same id is harmless.
    assert!(!explainers::runtime::exports::unmount(u32::MAX));
}

#[wasm_bindgen_test]
async fn the_scope_marks_first_occurrences_but_not_in_links_headings_or_code() {
    let html = "<h2>安心供与の話</h2>\
        <p>米中は<a href=\"#\">安心供与</a>を論じる。<code>抑止</code>ではなく、</p>\
        <p>安心供与と抑止は補い合う。もう一度、安心供与と抑止。Deterrence in English, and the Quad.</p>";
    let m = mount("glossary-scope", &[("lang", "ja")], html);
    settle().await;
    let marked = m
        .host
        .query_selector_all("glossary-term[data-glossary-auto]")
        .unwrap();
    let terms: Vec<String> = (0..marked.length())
        .map(|i| marked.item(i).unwrap().dyn_into::<HtmlElement>().unwrap())
        .map(|e| {
            format!(
                "{}={}",
                e.get_attribute("term").unwrap(),
                e.text_content().unwrap()
            )
        })
        .collect();
    assert_eq!(
        terms,
        vec!["reassurance=安心供与", "deterrence=抑止", "quad=Quad"]
    );
    assert!(m
        .host
        .query_selector("h2 glossary-term, a glossary-term, code glossary-term")
        .unwrap()
        .is_none());
    assert_eq!(
        m.host.get_attribute("data-terms-marked").as_deref(),
        Some("3")
    );
    // The article's text is unchanged.
    assert!(m
        .host
        .text_content()
        .unwrap()
        .contains("安心供与と抑止は補い合う。"));
    m.unmount();
}

#[wasm_bindgen_test]
async fn the_scope_leaves_terms_the_author_marked_alone() {
    let html = "<p><glossary-term term=\"deterrence\">抑止</glossary-term>と抑止と安心供与。</p>";
    let m = mount("glossary-scope", &[], html);
    settle().await;
    let all = m.host.query_selector_all("glossary-term").unwrap();
    assert_eq!(all.length(), 2, "only reassurance is added");
    m.unmount();
}

#[wasm_bindgen_test]
async fn text_that_looks_like_html_is_shown_as_text() {
    let m = mount(
        "glossary-term",
        &[("term", "<img src=x onerror=alert(1)>")],
        "&lt;b&gt;x&lt;/b&gt;",
    );
    settle().await;
    assert!(m.q("img").is_none());
    assert_eq!(m.host.text_content().as_deref(), Some("<b>x</b>"));
    m.unmount();
}

/// Regression: Escape handed focus back to the word, and that focus reopened the popover.
#[wasm_bindgen_test]
async fn escape_from_inside_the_popover_does_not_reopen_it() {
    let m = reassurance();
    settle().await;
    m.must("[data-testid=glossary-trigger]").focus().unwrap();
    settle().await;
    m.must("[data-testid=glossary-close]").focus().unwrap();
    settle().await;
    assert!(is_open(&m), "moving focus into the popover keeps it open");
    key(&m.must("[data-testid=glossary-close]"), "Escape");
    until("the popover to close", || !is_open(&m)).await;
    settle().await;
    assert!(!is_open(&m), "and it stays closed");
    m.unmount();
}

/// Issue 12: an author's own term, from its attributes: the word, the reading and the
/// definition as text (markup shows as written), an http(s) source as a link, and a
/// `javascript:` source left out with one warning.
#[wasm_bindgen_test]
async fn an_authors_inline_term_shows_its_text_and_only_an_http_source() {
    let warnings = Warnings::capture();
    let m = mount(
        "glossary-term",
        &[
            ("term", "my-kantei"),
            ("lang", "en"),
            ("definition", "The <b>Prime Minister's</b> office."),
            ("reading", "かんてい"),
            ("source", "https://japan.kantei.go.jp/"),
        ],
        "Kantei",
    );
    settle().await;
    m.must("[data-testid=glossary-trigger]").click();
    settle().await;
    assert!(is_open(&m));
    let def = m.must("[data-testid=glossary-definition]");
    assert_eq!(
        def.text_content().as_deref(),
        Some("The <b>Prime Minister's</b> office.")
    );
    assert_eq!(def.query_selector("b").unwrap(), None);
    assert_eq!(m.must(".gx-en").text_content().as_deref(), Some("Kantei"));
    assert_eq!(m.must("rt").text_content().as_deref(), Some("かんてい"));
    let link = m.must("[data-testid=glossary-source] a");
    assert_eq!(
        link.get_attribute("href").as_deref(),
        Some("https://japan.kantei.go.jp/")
    );
    assert!(warnings.messages().is_empty(), "{:?}", warnings.messages());

    // The widget follows the attributes: a bad source is dropped, with one warning.
    m.set("source", Some("javascript:alert(1)"));
    m.set("definition", Some("Changed."));
    settle().await;
    assert_eq!(
        m.must("[data-testid=glossary-definition]")
            .text_content()
            .as_deref(),
        Some("Changed.")
    );
    assert!(m.q("[data-testid=glossary-source] a[href]").is_none());
    assert_eq!(
        warnings.messages(),
        vec!["<glossary-term>: source=\"javascript:alert(1)\" is not an http(s) URL; the source link is left out.".to_string()]
    );
    m.unmount();
}
