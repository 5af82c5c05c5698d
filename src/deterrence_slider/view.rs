//! The `<deterrence-slider>` view: the position and its zone, four gauges, the tension
//! chart, the model's two assumptions, the examples from seed 004 that fit the position,
//! and the model's rules, each a child component of its own.
//!
//! It is built in steps ([`Deferred`]), spread over the frames after the mount: the
//! mount's task sets up the state; the root comes in a step of its own; then the first
//! screen (the position and its zone), then the gauges, then the chart and the
//! controls, then the examples and the rules. No task both evaluates the model and
//! makes V8 compile the view code (it compiles each wasm function when first called),
//! and the position and its zone are built first.

use leptos::html::{Div, Ul};
use leptos::prelude::*;

use super::controls::controls;
use super::examples::examples;
use super::gauges::gauges;
use super::position::Position;
use super::rules::rules;
use super::tension_chart::tension_chart;
use super::words::Words;
use super::Assumptions;
use crate::attrs::{Lang, Theme};
use crate::content::SLIDER_ZONES;
use crate::hooks::Deferred;
use crate::model::{zone_for, Outcome};

/// `<deterrence-slider>`: the position, its zone, the model's outcome (gauges, chart)
/// and the two assumptions the reader can change. It shows `value`; a reader's move
/// goes to `on_input` (whose owner sets `value` in turn).
#[component]
pub fn DeterrenceSlider(
    /// The position: 0 (all deterrence) to 100 (all reassurance).
    value: Memo<u8>,
    /// The model's assumptions; the reader changes them here.
    assumptions: Assumptions,
    /// The model's outcome at `value` under `assumptions` ([`Assumptions::outcome`]).
    outcome: Memo<Outcome>,
    /// The language asked for (shown until `words` arrive, then theirs).
    lang: Memo<Lang>,
    /// The slider's words, in the language they were loaded in ([`Words::default`]
    /// while none have arrived).
    words: Memo<Words>,
    /// The colour scheme.
    theme: Memo<Theme>,
    /// The reader moved the slider to this position.
    on_input: Callback<u8>,
) -> impl IntoView {
    // Every word on the slider is in one language: its words' once they have arrived
    // (the interface words from text.toml follow them).
    let lang = Memo::new(move |_| words.with(|w| w.lang).unwrap_or_else(|| lang.get()));
    let zone = Memo::new(move |_| zone_for(value.get()).index());
    let gauge_list = NodeRef::<Ul>::new();
    let later_part = NodeRef::<Div>::new();
    let zone_id = move || SLIDER_ZONES.get(zone.get()).map(|z| z.id).unwrap_or("");
    view! {
        <div
            class="ex-root ex-block ds"
            lang=move || lang.get().tag()
            data-theme=move || theme.get().as_str()
            data-zone=zone_id
        >
            <Deferred>
                <Position value=value zone=zone lang=lang words=words on_input=on_input />
                <ul class="ds-gauges" node_ref=gauge_list>
                    <Deferred>
                        {gauge_list.get_untracked().map(|ul| gauges(&ul, outcome, words))}
                    </Deferred>
                </ul>
                <div class="ds-later" node_ref=later_part>
                    <Deferred>
                        {later_part
                            .get_untracked()
                            .map(|div| {
                                tension_chart(&div, outcome, lang);
                                controls(&div, assumptions, words);
                            })}
                    </Deferred>
                    <Deferred>
                        {later_part
                            .get_untracked()
                            .map(|div| {
                                examples(&div, value, lang, words);
                                rules(&div, words);
                            })}
                    </Deferred>
                </div>
            </Deferred>
        </div>
    }
}
