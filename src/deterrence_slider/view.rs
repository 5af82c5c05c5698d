//! The `<deterrence-slider>` view: a native range input (role `slider`: arrows,
//! PageUp/PageDown, Home/End, drag and touch for free) with `aria-valuetext` in words,
//! the zone and its explanation, four gauges, the tension chart, the two model
//! assumptions, examples from seed 004 that fit the position, and the model's rules.

use leptos::html::{Div, Ul};
use leptos::prelude::*;
use web_sys::Event;

use super::chart::{line_path, percent, HEIGHT, WIDTH};
use super::words::{Words, ZoneWords};
use super::Assumptions;
use crate::attrs::{Lang, Theme};
use crate::content::{
    slider_labels as l, slider_model as m, Bi, ModelText, SLIDER_EXAMPLES, SLIDER_OUTPUTS,
    SLIDER_ZONES,
};
use crate::hooks::render_later;
use crate::model::params::MISPERCEPTION_STEP;
use crate::model::{zone_for, Outcome, MISPERCEPTION_MAX};

/// The number an `<input>` event carries, if any.
fn input_value(ev: &Event) -> Option<f64> {
    crate::num::parse_decimal(&leptos::prelude::event_target_value(ev))
}

fn text(b: Bi, lang: Memo<Lang>) -> impl Fn() -> &'static str + Copy + Send + Sync {
    move || b.get(lang.get())
}

/// A text of the model's description, from the words.
fn model_text(key: ModelText, words: Memo<Words>) -> impl Fn() -> String + Copy + Send + Sync {
    move || words.with(|w| w.text(key).to_owned())
}

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
    let Assumptions {
        misperception,
        reciprocates,
    } = assumptions;
    // Every word on the slider is in one language: its words' once they have arrived
    // (the interface words from text.toml follow them).
    let lang = Memo::new(move |_| words.with(|w| w.lang).unwrap_or_else(|| lang.get()));
    let zone = Memo::new(move |_| zone_for(value.get()).index());
    let zone_id = move || SLIDER_ZONES.get(zone.get()).map(|z| z.id).unwrap_or("");
    let zone_words = move |pick: fn(&ZoneWords) -> &String| {
        words.with(|w| {
            w.zones
                .get(zone.get())
                .map(|z| pick(z).clone())
                .unwrap_or_default()
        })
    };
    let zone_name = move || zone_words(|z| &z.name);
    let value_text = move || format!("{} ({}/100)", zone_words(|z| &z.value_text), value.get());

    let gauges = move || {
        SLIDER_OUTPUTS
            .iter()
            .enumerate()
            .map(|(i, o)| {
                let pct = move || percent(outcome.get().output(o.id).unwrap_or(0.0));
                view! {
                    <li class="ds-gauge" data-id=o.id data-testid="slider-gauge">
                        <span class="ds-gauge-label" id=format!("ds-g{i}")>
                            {move || words.with(|w| w.outputs.get(i).map(|o| o.label.clone()))}
                        </span>
                        <span class="ds-gauge-value">{move || format!("{}%", pct())}</span>
                        <span
                            class="ds-bar"
                            role="meter"
                            aria-labelledby=format!("ds-g{i}")
                            aria-valuemin="0"
                            aria-valuemax="100"
                            aria-valuenow=move || pct().to_string()
                        >
                            <span class="ds-fill" style:width=move || format!("{}%", pct())></span>
                        </span>
                        <span
                            class="ds-help"
                            inner_html=move || {
                                words
                                    .with(|w| {
                                        w.outputs.get(i).map(|o| o.help.clone()).unwrap_or_default()
                                    })
                            }
                        ></span>
                    </li>
                }
            })
            .collect_view()
    };

    let chart_label = move || {
        let out = outcome.get();
        let t = out.tension();
        let first = t.first().copied().map(percent).unwrap_or(0);
        let last = t.last().copied().map(percent).unwrap_or(0);
        let lang = lang.get();
        l::CHART_ALT.fill(
            lang,
            &[
                ("title", l::CHART_TITLE.get(lang)),
                ("first", &first.to_string()),
                ("last", &last.to_string()),
            ],
        )
    };
    // Which examples fit the position, as a bit set: the list re-renders only when the
    // set changes, not on every step.
    let visible = Memo::new(move |_| {
        let v = value.get();
        SLIDER_EXAMPLES
            .iter()
            .enumerate()
            .filter(|(_, e)| (e.min..=e.max).contains(&v))
            .fold(0u64, |set, (i, _)| set | (1u64 << (i % 64)))
    });
    // The examples are finished HTML from the build (escaped there; their glossary
    // terms are elements the loader mounts).
    let examples = move || {
        let set = visible.get();
        SLIDER_EXAMPLES
            .iter()
            .enumerate()
            .filter(|(i, _)| set & (1u64 << (i % 64)) != 0)
            .filter_map(|(i, _)| words.with(|w| w.examples.get(i).cloned()))
            .collect::<String>()
    };
    let how = move || {
        words
            .with(|w| w.list(m::HOW).to_vec())
            .into_iter()
            .map(|p| view! { <p>{p}</p> })
            .collect_view()
    };

    // The mount's task set up the state; this step builds the frame below; the first
    // screen comes in the next step, so that no task both evaluates the model and makes
    // V8 compile the view code (it compiles each wasm function when first called).
    let root = NodeRef::<Div>::new();
    let gauges_list = NodeRef::<Ul>::new();
    let below = NodeRef::<Div>::new();
    render_later(root, move || {
        view! {
            <p class="ds-disclaimer" data-testid="slider-disclaimer">
                {text(l::DISCLAIMER, lang)}
            </p>
            <label class="ds-label" for="ds-range">
                {text(l::SLIDER_LABEL, lang)}
            </label>
            <div class="ds-axis">
                <span class="ds-end" aria-hidden="true">
                    {text(l::END_MIN, lang)}
                </span>
                <input
                    id="ds-range"
                    class="ds-range"
                    type="range"
                    min="0"
                    max="100"
                    step="1"
                    part="slider"
                    data-testid="slider-input"
                    prop:value=move || value.get().to_string()
                    aria-valuetext=value_text
                    on:input=move |ev| {
                        if let Some(v) = input_value(&ev) {
                            on_input.run(v.clamp(0.0, 100.0) as u8);
                        }
                    }
                />
                <span class="ds-end" aria-hidden="true">
                    {text(l::END_MAX, lang)}
                </span>
            </div>
            <p class="ds-zone" data-testid="slider-zone">
                <strong>{zone_name}</strong>
                <span class="ds-value">{move || format!(" {}/100", value.get())}</span>
            </p>
            <p class="ex-visually-hidden" aria-live="polite" data-testid="slider-live">
                {zone_name}
            </p>
            <p class="ds-zone-text" inner_html=move || zone_words(|z| &z.explanation)></p>
            <ul class="ds-gauges" node_ref=gauges_list></ul>
            <div class="ds-later" node_ref=below></div>
        }
    });

    // Then the gauges, then everything below them (the chart and the model's controls;
    // then the examples, whose glossary terms the loader arms, and the rules), each in
    // a step of its own, spread over the frames after the mount: mounting a slider is
    // six short main-thread tasks (its state, its root, then these) and several short
    // renderings instead of one long one of each, and the position and its zone are
    // built first.
    render_later(gauges_list, gauges);
    render_later(below, move || {
        view! {
            <figure class="ds-chart">
                <figcaption>{text(l::CHART_TITLE, lang)}</figcaption>
                // Drawn at its view box's size (its text at the size the CSS gives), and
                // narrower, never wider, in a narrow widget.
                <svg
                    viewBox=format!("-30 -10 {} {}", WIDTH + 40, HEIGHT + 34)
                    width=WIDTH + 40
                    height=HEIGHT + 34
                    role="img"
                    aria-label=chart_label
                    data-testid="slider-chart"
                >
                    <line class="ds-axisline" x1="0" y1=HEIGHT x2=WIDTH y2=HEIGHT></line>
                    <line class="ds-axisline" x1="0" y1="0" x2="0" y2=HEIGHT></line>
                    <text class="ds-tick" x="-6" y="4" text-anchor="end">
                        "1"
                    </text>
                    <text class="ds-tick" x="-6" y=HEIGHT text-anchor="end">
                        "0"
                    </text>
                    <text class="ds-tick" x=WIDTH / 2 y=HEIGHT + 22 text-anchor="middle">
                        {text(l::CHART_X, lang)}
                    </text>
                    <path class="ds-line" d=move || line_path(outcome.get().tension())></path>
                </svg>
            </figure>
            <fieldset class="ds-controls">
                <div class="ds-control">
                    <label for="ds-mis">{model_text(m::MISPERCEPTION_LABEL, words)}</label>
                    <input
                        id="ds-mis"
                        type="range"
                        min="0"
                        max=percent(MISPERCEPTION_MAX).to_string()
                        step=percent(MISPERCEPTION_STEP).to_string()
                        data-testid="slider-misperception"
                        prop:value=move || percent(misperception.get()).to_string()
                        aria-valuetext=move || format!("{}%", percent(misperception.get()))
                        aria-describedby="ds-mis-help"
                        on:input=move |ev| {
                            if let Some(v) = input_value(&ev) {
                                misperception.set((v / 100.0).clamp(0.0, MISPERCEPTION_MAX));
                            }
                        }
                    />
                    <span class="ds-value">
                        {move || format!("{}%", percent(misperception.get()))}
                    </span>
                    <p class="ds-help" id="ds-mis-help">
                        {model_text(m::MISPERCEPTION_HELP, words)}
                    </p>
                </div>
                <div class="ds-control">
                    <label>
                        <input
                            type="checkbox"
                            data-testid="slider-reciprocity"
                            prop:checked=move || reciprocates.get()
                            aria-describedby="ds-rec-help"
                            on:change=move |ev| {
                                reciprocates.set(leptos::prelude::event_target_checked(&ev))
                            }
                        />
                        {model_text(m::RECIPROCITY_LABEL, words)}
                        <span class="ds-value">
                            {move || {
                                let key = if reciprocates.get() {
                                    m::RECIPROCITY_ON
                                } else {
                                    m::RECIPROCITY_OFF
                                };
                                words.with(|w| w.text(key).to_owned())
                            }}
                        </span>
                    </label>
                    <p class="ds-help" id="ds-rec-help">
                        {model_text(m::RECIPROCITY_HELP, words)}
                    </p>
                </div>
            </fieldset>
        }
    });
    render_later(below, move || {
        view! {
            <section class="ds-examples" aria-labelledby="ds-ex-h">
                // Not a heading element: an embedded widget must not break the host's outline.
                <p class="ds-h" id="ds-ex-h">
                    {text(l::EXAMPLES_TITLE, lang)}
                </p>
                <ul inner_html=examples></ul>
            </section>
            <details class="ds-how" data-testid="slider-how">
                <summary>{model_text(m::HOW_TITLE, words)}</summary>
                {how}
            </details>
        }
    });

    view! {
        <div
            class="ex-root ex-block ds"
            lang=move || lang.get().tag()
            data-theme=move || theme.get().as_str()
            data-zone=zone_id
            node_ref=root
        ></div>
    }
}
