//! The `<hotspot-map>` view: an inline SVG map (countries from Natural Earth, the four
//! hotspot areas), labels laid over it at fixed pixel sizes so they stay legible from
//! 320 px to full width, the hotspots as a list of toggle buttons placed on the map,
//! and the selected hotspot's card beside (wide) or below (narrow) the map.
//!
//! State: [`HotspotMap`] shows the selection it is given and reports a reader's choice;
//! its element's mount (`WIDGET` in `hotspot_map/mod.rs`) keeps the `hotspot` attribute the one source
//! of truth.

use leptos::either::Either;
use leptos::html::{Div, Ul};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, KeyboardEvent, Node};

use super::data::{card_html, Hotspot, HOTSPOTS, MAP_VIEW_BOX, NAV_ORDER};
use super::layers_view::{use_layer_panel, use_layers};
use super::select::{id_of, next_hotspot, parse_selected};
use super::text as t;
use super::words::MapWords;
use crate::attrs::{Lang, Theme};
use crate::hooks::effect;
use crate::hooks::{later, render_later};
use crate::runtime::host::Host;

/// Moves keyboard focus to the button of hotspot `id`.
fn focus_button(list: NodeRef<Ul>, id: &str) {
    let button = list
        .get_untracked()
        .and_then(|l| {
            l.query_selector(&format!("[data-id=\"{id}\"]"))
                .ok()
                .flatten()
        })
        .and_then(|e| e.dyn_into::<HtmlElement>().ok());
    if let Some(b) = button {
        let _ = b.focus();
    }
}

/// The card of hotspot `h` with its `body`; `clear` closes it. The body is static HTML
/// rendered and escaped at build time (see `data::card_html`): only the head is a live
/// view.
fn card(
    h: &'static Hotspot,
    name: String,
    lang: Lang,
    body: String,
    clear: impl Fn() + 'static,
) -> impl IntoView {
    view! {
        <section class="hm-card" data-testid="map-card" data-id=h.id aria-labelledby="hm-title">
            <div class="hm-card-head">
                <p class="hm-title" id="hm-title">
                    {name}
                </p>
                <button
                    type="button"
                    class="ex-close hm-clear"
                    data-testid="map-clear"
                    aria-label=t::CLEAR.get(lang)
                    title=t::CLEAR.get(lang)
                    on:click=move |_| clear()
                >
                    <span aria-hidden="true">"×"</span>
                </button>
            </div>
            <div class="hm-card-body" inner_html=body></div>
        </section>
    }
}

/// Gives every label laid over the map (static markup from `data::MAP_LABELS`) its
/// point: `data-x`/`data-y` become the CSS custom properties `--x`/`--y`, set through
/// the CSSOM (which a strict `style-src` allows, unlike `style` attributes in markup).
fn place_labels(root: &HtmlElement) {
    let Ok(list) = root.query_selector_all("[data-x]") else {
        return;
    };
    for i in 0..list.length() {
        let Some(el) = list.item(i).and_then(|n| n.dyn_into::<HtmlElement>().ok()) else {
            continue;
        };
        let style = el.style();
        for (attr, prop) in [("data-x", "--x"), ("data-y", "--y")] {
            if let Some(v) = el.get_attribute(attr) {
                let _ = style.set_property(prop, &v);
            }
        }
    }
}

/// `<hotspot-map>`: the map, the hotspots as toggle buttons, and the selected one's
/// card. It shows `selected`; a reader's choice goes to `on_select` (whose owner sets
/// `selected` in turn).
#[component]
pub fn HotspotMap(
    /// The selected hotspot, an index into [`HOTSPOTS`] (`None`: none).
    selected: Memo<Option<usize>>,
    /// The language asked for; the map shows its words' language until they arrive.
    lang: Memo<Lang>,
    /// The map's words (names, labels, credit) and its land, the words in the language
    /// they were loaded in ([`MapWords::default`] until the first arrive).
    words: Memo<MapWords>,
    /// The colour scheme.
    theme: Memo<Theme>,
    /// The reader chose a hotspot (`None`: cleared the selection).
    on_select: Callback<Option<usize>>,
    /// A card cannot be had: why (once per failure; the card says it is unavailable).
    on_warn: Callback<String>,
    /// The element: its `layers` attribute says the layers drawn over the map (a
    /// reader's checkboxes write it).
    host: Host,
) -> impl IntoView {
    // One language throughout: the words', once they have arrived.
    let lang = Memo::new(move |_| words.with(|w| w.lang).unwrap_or_else(|| lang.get()));
    // The hotspot whose button has focus, highlighted on the map too.
    let hot = RwSignal::new(None::<usize>);
    let list = NodeRef::<Ul>::new();
    let side = NodeRef::<Div>::new();

    let choose = move |next: Option<usize>| on_select.run(next);
    let toggle = move |i: usize| {
        choose(if selected.get_untracked() == Some(i) {
            None
        } else {
            Some(i)
        })
    };
    let clear = move || {
        let was = id_of(selected.get_untracked());
        choose(None);
        if let Some(id) = was {
            focus_button(list, id);
        }
    };

    // Arrows, Home/End move between the hotspot buttons; Enter/Space toggle one.
    let on_list_key = move |ev: KeyboardEvent| {
        if ev.alt_key() || ev.ctrl_key() || ev.meta_key() {
            return;
        }
        let Some(id) = ev
            .target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .and_then(|e| e.get_attribute("data-id"))
        else {
            return;
        };
        let key = ev.key();
        if key == "Enter" || key == " " {
            ev.prevent_default();
            if let Some(i) = parse_selected(Some(&id)).index() {
                toggle(i);
            }
        } else if let Some(to) = next_hotspot(&id, &key) {
            ev.prevent_default();
            if let Some(h) = HOTSPOTS.get(to) {
                focus_button(list, h.id);
            }
        }
    };
    // Escape anywhere in the widget clears the selection; focus leaves the closing
    // card for the hotspot's button.
    let on_key = move |ev: KeyboardEvent| {
        if ev.key() != "Escape" {
            return;
        }
        let Some(id) = id_of(selected.get_untracked()) else {
            return;
        };
        ev.stop_propagation();
        let in_card = ev
            .target()
            .and_then(|t| t.dyn_into::<Node>().ok())
            .zip(side.get_untracked())
            .is_some_and(|(n, s)| s.contains(Some(&n)));
        choose(None);
        if in_card {
            focus_button(list, id);
        }
    };

    // The geography (the land: 23 paths, 32 KB of path data; the place labels: about
    // 25 runs of text) is drawn in the steps after the first screen, the land and then
    // the labels, each a step of its own (on a slow device, laid out in a frame of its
    // own): mounting the map and laying it out are then shorter main-thread tasks, and
    // the hotspot buttons are usable first.
    let land = RwSignal::new(false);
    let labelled = RwSignal::new(false);

    // The labels' markup changes with the language; place it after every change.
    let labels = NodeRef::<Div>::new();
    effect(move || {
        words.track();
        labelled.track();
        if let Some(el) = labels.get() {
            place_labels(&el);
        }
    });
    // A disputed feature's marker selects its hotspot.
    let on_labels_click = move |ev: web_sys::MouseEvent| {
        let id = ev
            .target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .and_then(|e| e.closest("[data-hotspot]").ok().flatten())
            .and_then(|e| e.get_attribute("data-hotspot"));
        if let Some(i) = parse_selected(id.as_deref()).index() {
            choose(Some(i));
        }
    };
    let regions = HOTSPOTS
        .iter()
        .enumerate()
        .map(|(i, h)| {
            view! {
                <path
                    class="hm-region"
                    d=h.region
                    data-id=h.id
                    class:hm-on=move || selected.get() == Some(i)
                    class:hm-hot=move || hot.get() == Some(i)
                    on:click=move |_| toggle(i)
                ></path>
            }
        })
        .collect_view();
    let buttons = NAV_ORDER
        .iter()
        .filter_map(|&i| HOTSPOTS.get(usize::from(i)).map(|h| (usize::from(i), h)))
        .map(|(i, h)| {
            view! {
                <li class="hm-spot" style:--x=h.at.x style:--y=h.at.y>
                    <button
                        type="button"
                        class="hm-spot-btn"
                        data-testid="map-hotspot"
                        data-id=h.id
                        aria-controls="hm-side"
                        aria-pressed=move || if selected.get() == Some(i) { "true" } else { "false" }
                        on:click=move |_| toggle(i)
                        on:focus=move |_| hot.set(Some(i))
                        on:blur=move |_| hot.set(None)
                    >
                        {move || words.with(|w| w.name(i).to_owned())}
                    </button>
                </li>
            }
        })
        .collect_view();
    // The selected card's body, fetched when the selection or the language changes.
    // Each answer carries what it answers, so a card never shows another's body.
    let body = crate::data::load_signal(
        move || Some((lang.get(), selected.get().and_then(|i| HOTSPOTS.get(i))?.id)),
        |(l, id), done| card_html(l, id, Box::new(move |body| done((l, id, body)))),
    );
    effect(move || {
        if let Some(Some((_, _, Err(why)))) = body.get() {
            on_warn.run([why.as_str(), "; the card says it is unavailable."].concat());
        }
    });
    // Beside the map: the selected hotspot's card, or a hint (none selected, its card
    // loading, or unavailable). One hint view, so the side has two view types.
    let hint = |text: &'static str, status: bool, busy: bool| {
        view! {
            <p class="hm-hint" role=status.then_some("status") aria-busy=busy.then_some("true")>
                {text}
            </p>
        }
    };
    let side_view = move || {
        let lang = lang.get();
        let Some((i, h)) = selected.get().and_then(|i| Some((i, HOTSPOTS.get(i)?))) else {
            return Either::Right(hint(t::HINT.get(lang), false, false));
        };
        match body.get().flatten() {
            Some((l, id, Ok(html))) if l == lang && id == h.id => {
                let name = words.with(|w| w.name(i).to_owned());
                Either::Left(card(h, name, lang, html, clear))
            }
            Some((l, id, Err(_))) if l == lang && id == h.id => {
                Either::Right(hint(t::UNAVAILABLE.get(lang), true, false))
            }
            _ => Either::Right(hint(t::LOADING.get(lang), true, true)),
        }
    };

    // The mount's task set up the state; this step builds the root below; the first
    // screen (the frame, the hotspot buttons, the side) comes in the next step, so that
    // the first call of the view code (V8 compiles each wasm function when first
    // called) has a task of its own.
    // The layers' panel: a step of its own after the geography (see below).
    let layered = RwSignal::new(false);
    use_layer_panel(
        (list, layered),
        use_layers(host, lang, on_warn),
        (lang, words),
    );
    let root = NodeRef::<Div>::new();
    render_later(root, move || {
        view! {
            <div class="hm-layout">
                <div class="hm-map">
                    <div class="hm-frame">
                        <svg
                            class="hm-svg"
                            viewBox=MAP_VIEW_BOX
                            role="img"
                            aria-label=move || t::MAP_ALT.get(lang.get())
                        >
                            <g
                                class="hm-land"
                                inner_html=move || {
                                    if land.get() {
                                        words.with(|w| w.land.clone())
                                    } else {
                                        String::new()
                                    }
                                }
                            ></g>
                            <g class="hm-regions">{regions}</g>
                        </svg>
                        <div
                            class="hm-labels"
                            aria-hidden="true"
                            node_ref=labels
                            inner_html=move || {
                                if labelled.get() {
                                    words.with(|w| w.labels.clone())
                                } else {
                                    String::new()
                                }
                            }
                            on:click=on_labels_click
                        ></div>
                        <ul
                            class="hm-spots"
                            data-testid="map-list"
                            aria-label=move || t::HOTSPOTS.get(lang.get())
                            node_ref=list
                            on:keydown=on_list_key
                        >
                            {buttons}
                        </ul>
                    </div>
                    <p class="hm-credit" title=move || words.with(|w| w.source.clone())>
                        {move || words.with(|w| w.credit.clone())}
                    </p>
                </div>
                <div class="hm-side" id="hm-side" node_ref=side>
                    {side_view}
                </div>
            </div>
        }
    });

    // The geography after the first screen (steps run in order).
    later(move || land.set(true));
    later(move || labelled.set(true));
    later(move || layered.set(true));

    view! {
        <div
            class="ex-root ex-block hm"
            lang=move || lang.get().tag()
            data-theme=move || theme.get().as_str()
            data-selected=move || id_of(selected.get()).unwrap_or("")
            on:keydown=on_key
            node_ref=root
        ></div>
    }
}
