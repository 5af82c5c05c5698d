//! The slider's first screen: the disclaimer, the position (a native range input, role
//! `slider`: arrows, PageUp/PageDown, Home/End, drag and touch for free, with
//! `aria-valuetext` in words), its zone, announced when it changes, and the zone's
//! explanation.

use leptos::prelude::*;

use super::read::{input_value, text};
use super::words::{Words, ZoneWords};
use crate::attrs::Lang;
use crate::content::slider_labels as l;

/// The position and its zone. It shows `value`; a reader's move goes to `on_input`.
#[component]
pub fn Position(
    /// The position: 0 (all deterrence) to 100 (all reassurance).
    value: Memo<u8>,
    /// The zone `value` is in, an index into the words' zones.
    zone: Memo<usize>,
    /// The slider's language.
    lang: Memo<Lang>,
    /// The slider's words.
    words: Memo<Words>,
    /// The reader moved the slider to this position.
    on_input: Callback<u8>,
) -> impl IntoView {
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
                    if let Some(v) = input_value(&event_target(&ev)) {
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
    }
}
