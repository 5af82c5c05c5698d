//! Beside the map (wide) or below it (narrow): the selected hotspot's card, or a hint
//! (none selected, its card loading, or unavailable). The card's body is fetched when
//! the selection or the language changes; it is static HTML rendered and escaped at
//! build time (see `data::card_html`): only the card's head is a live view.

use leptos::either::Either;
use leptos::prelude::*;

use super::data::{card_html, Hotspot, HOTSPOTS};
use super::text as t;
use super::use_selection::Selection;
use super::words::MapWords;
use crate::attrs::Lang;
use crate::hooks::effect;

/// The card of hotspot `h` named `name`, with its `body`; its close button clears the
/// selection.
#[component]
pub fn HotspotCard(
    /// The hotspot.
    h: &'static Hotspot,
    /// Its name, in `lang`.
    name: String,
    /// The map's language.
    lang: Lang,
    /// The card's body (build-time HTML).
    body: String,
    /// The map's selection.
    selection: Selection,
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
                    on:click=move |_| selection.clear()
                >
                    <span aria-hidden="true">"×"</span>
                </button>
            </div>
            <div class="hm-card-body" inner_html=body></div>
        </section>
    }
}

/// A hint in the side panel; `status` announces it, `busy` says it is loading.
fn hint(text: &'static str, status: bool, busy: bool) -> impl IntoView {
    view! {
        <p class="hm-hint" role=status.then_some("status") aria-busy=busy.then_some("true")>
            {text}
        </p>
    }
}

/// The selected hotspot's card, or a hint. One hint view, so the panel has two view
/// types.
#[component]
pub fn SidePanel(
    /// The map's selection.
    selection: Selection,
    /// The map's language.
    lang: Memo<Lang>,
    /// The map's words (the hotspots' names).
    words: Memo<MapWords>,
    /// A card cannot be had: why (once per failure; the panel says it is unavailable).
    on_warn: Callback<String>,
) -> impl IntoView {
    let selected = selection.selected;
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
    move || {
        let lang = lang.get();
        let Some((i, h)) = selected.get().and_then(|i| Some((i, HOTSPOTS.get(i)?))) else {
            return Either::Right(hint(t::HINT.get(lang), false, false));
        };
        match body.get().flatten() {
            Some((l, id, Ok(html))) if l == lang && id == h.id => {
                let name = words.with(|w| w.name(i).to_owned());
                Either::Left(
                    view! { <HotspotCard h=h name=name lang=lang body=html selection=selection /> },
                )
            }
            Some((l, id, Err(_))) if l == lang && id == h.id => {
                Either::Right(hint(t::UNAVAILABLE.get(lang), true, false))
            }
            _ => Either::Right(hint(t::LOADING.get(lang), true, true)),
        }
    }
}
