//! The `<deterrence-slider>` view: a native range input (role `slider`: arrows,
//! PageUp/PageDown, Home/End, drag and touch for free) with `aria-valuetext` in words,
//! the zone and its explanation, four gauges, the tension chart, the two model
//! assumptions, examples from seed 004 that fit the position, and the model's rules.

use leptos::prelude::*;
use wasm_bindgen::JsValue;
use web_sys::Event;

use super::chart::{line_path, percent, HEIGHT, WIDTH};
use super::value::{parse_value, BadValue};
use crate::attrs::{excerpt, Lang};
use crate::content::{
    slider_labels as l, slider_model as m, Bi, SLIDER_EXAMPLES, SLIDER_OUTPUTS, SLIDER_ZONES,
};
use crate::model::params::MISPERCEPTION_STEP;
use crate::model::{
    simulate, zone_for, Params, DEFAULT_MISPERCEPTION, DEFAULT_RECIPROCITY, DOES_NOT_RECIPROCATE,
    MISPERCEPTION_MAX, RECIPROCATES,
};
use crate::runtime::elements::deterrence_slider;
use crate::runtime::host::Host;

/// The number an `<input>` event carries, if any.
fn input_value(ev: &Event) -> Option<f64> {
    leptos::prelude::event_target_value(ev).parse::<f64>().ok()
}

/// Warns once per unusable `value`.
fn warn_on_bad_value(host: &Host) {
    let attr = host.attr(deterrence_slider::attr::VALUE);
    let h = host.clone();
    Effect::new(move |_| {
        attr.with(|raw| match parse_value(raw.as_deref()) {
            Err((used, BadValue::NotANumber)) => h.warn(&format!(
                "value=\"{}\" is not a number from 0 to 100; using {used}.",
                excerpt(raw.as_deref().unwrap_or(""))
            )),
            Err((used, BadValue::OutOfRange)) => h.warn(&format!(
                "value=\"{}\" is outside 0..100; using {used}.",
                excerpt(raw.as_deref().unwrap_or(""))
            )),
            Ok(_) => {}
        })
    });
}

fn text(b: Bi, lang: Memo<Lang>) -> impl Fn() -> &'static str + Copy + Send + Sync {
    move || b.get(lang.get())
}

/// The view of one `<deterrence-slider>` instance.
pub fn view(host: Host) -> impl IntoView {
    let lang = host.lang();
    let theme = host.theme();
    warn_on_bad_value(&host);
    // The `value` attribute is the one source of truth: the widget follows it, and a
    // reader's move is written back to it (so `el.value`, the attribute and the view
    // always agree).
    let attr = RwSignal::from(host.attr(deterrence_slider::attr::VALUE));
    let value =
        Memo::new(move |_| attr.with(|raw| parse_value(raw.as_deref()).unwrap_or_else(|(v, _)| v)));
    let writer = StoredValue::new(host.clone());
    let move_to = move |v: u8| {
        writer.with_value(|h| h.write(deterrence_slider::attr::VALUE, Some(&v.to_string())));
    };
    let misperception = RwSignal::new(DEFAULT_MISPERCEPTION);
    let reciprocates = RwSignal::new(DEFAULT_RECIPROCITY == RECIPROCATES);

    let outcome = Memo::new(move |_| {
        let q = if reciprocates.get() {
            RECIPROCATES
        } else {
            DOES_NOT_RECIPROCATE
        };
        simulate(&Params::new(f64::from(value.get()), misperception.get(), q))
    });
    let zone = Memo::new(move |_| {
        let i = zone_for(value.get()).index();
        SLIDER_ZONES.get(i).or(SLIDER_ZONES.first())
    });
    let zone_id = move || zone.get().map(|z| z.id).unwrap_or("");
    let zone_name = move || zone.get().map(|z| z.name.get(lang.get())).unwrap_or("");
    let value_text = move || {
        let words = zone
            .get()
            .map(|z| z.value_text.get(lang.get()))
            .unwrap_or("");
        format!("{} ({}/100)", words, value.get())
    };

    // The model's overall risk (0–100) at the reader's position and assumptions.
    let risk = Memo::new(move |_| percent(outcome.get().overall));
    // Publish the state (`el.value`, `el.risk`), always current, and announce every
    // change of the position or of either assumption (after the first render).
    host.publish(
        deterrence_slider::prop::VALUE,
        Signal::derive(move || Some(value.get().to_string())),
    );
    host.publish(
        deterrence_slider::prop::RISK,
        Signal::derive(move || Some(risk.get().to_string())),
    );
    let events = host.clone();
    Effect::new(move |prev: Option<(u8, u8, u64, bool)>| {
        // Both assumptions are part of the state, so that a change of either is
        // announced even when the rounded risk stays the same.
        let now = (
            value.get(),
            risk.get(),
            misperception.get().to_bits(),
            reciprocates.get(),
        );
        if prev.is_some_and(|p| p != now) {
            let z = zone.get_untracked().map(|z| z.id).unwrap_or("");
            events.dispatch(
                deterrence_slider::event::DETERRENCE_CHANGE,
                &[
                    ("value", JsValue::from(now.0)),
                    ("zone", JsValue::from_str(z)),
                    ("risk", JsValue::from(now.1)),
                ],
            );
        }
        now
    });

    let gauges = SLIDER_OUTPUTS
        .iter()
        .enumerate()
        .map(|(i, o)| {
            let pct = move || percent(outcome.get().output(o.id).unwrap_or(0.0));
            view! {
                <li class="ds-gauge" data-id=o.id data-testid="slider-gauge">
                    <span class="ds-gauge-label" id=format!("ds-g{i}")>
                        {text(o.label, lang)}
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
                    <span class="ds-help" inner_html=move || o.help.get(lang.get())></span>
                </li>
            }
        })
        .collect_view();

    let chart_label = move || {
        let out = outcome.get();
        let t = out.tension();
        let first = t.first().copied().map(percent).unwrap_or(0);
        let last = t.last().copied().map(percent).unwrap_or(0);
        format!("{}: {first}% → {last}%", l::CHART_TITLE.get(lang.get()))
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
        let (set, lang) = (visible.get(), lang.get());
        SLIDER_EXAMPLES
            .iter()
            .enumerate()
            .filter(|(i, _)| set & (1u64 << (i % 64)) != 0)
            .map(|(_, e)| e.html.get(lang))
            .collect::<String>()
    };
    let how = move || {
        let lang = lang.get();
        m::HOW
            .iter()
            .map(|p| view! { <p>{p.get(lang)}</p> })
            .collect_view()
    };

    view! {
        <div
            class="ex-root ex-block ds"
            lang=move || lang.get().tag()
            data-theme=move || theme.get().as_str()
            data-zone=zone_id
        >
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
                            move_to(v.clamp(0.0, 100.0) as u8);
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
            <p
                class="ds-zone-text"
                inner_html=move || zone.get().map(|z| z.explanation.get(lang.get())).unwrap_or("")
            ></p>
            <ul class="ds-gauges">{gauges}</ul>
            <figure class="ds-chart">
                <figcaption>{text(l::CHART_TITLE, lang)}</figcaption>
                <svg
                    viewBox=format!("-30 -10 {} {}", WIDTH + 40, HEIGHT + 34)
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
                    <label for="ds-mis">{text(m::MISPERCEPTION_LABEL, lang)}</label>
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
                        {text(m::MISPERCEPTION_HELP, lang)}
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
                        {text(m::RECIPROCITY_LABEL, lang)}
                        <span class="ds-value">
                            {move || {
                                if reciprocates.get() {
                                    m::RECIPROCITY_ON.get(lang.get())
                                } else {
                                    m::RECIPROCITY_OFF.get(lang.get())
                                }
                            }}
                        </span>
                    </label>
                    <p class="ds-help" id="ds-rec-help">
                        {text(m::RECIPROCITY_HELP, lang)}
                    </p>
                </div>
            </fieldset>
            <section class="ds-examples" aria-labelledby="ds-ex-h">
                // Not a heading element: an embedded widget must not break the host's outline.
                <p class="ds-h" id="ds-ex-h">
                    {text(l::EXAMPLES_TITLE, lang)}
                </p>
                <ul inner_html=examples></ul>
            </section>
            <details class="ds-how" data-testid="slider-how">
                <summary>{text(m::HOW_TITLE, lang)}</summary>
                {how}
            </details>
        </div>
    }
}
