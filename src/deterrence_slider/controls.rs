//! The model's two assumptions as controls: how often a signal is misread (a range
//! input) and whether the adversary answers reassurance with restraint (a checkbox).

use leptos::prelude::*;

use super::chart::percent;
use super::read::{input_value, model_text};
use super::words::Words;
use super::Assumptions;
use crate::content::slider_model as m;
use crate::model::params::MISPERCEPTION_STEP;
use crate::model::MISPERCEPTION_MAX;

/// The controls of `assumptions`, which a reader changes here.
#[component]
pub fn Controls(
    /// The model's assumptions.
    assumptions: Assumptions,
    /// The slider's words (the controls' labels and help).
    words: Memo<Words>,
) -> impl IntoView {
    let Assumptions {
        misperception,
        reciprocates,
    } = assumptions;
    let reciprocity = move || {
        let key = if reciprocates.get() {
            m::RECIPROCITY_ON
        } else {
            m::RECIPROCITY_OFF
        };
        words.with(|w| w.text(key).to_owned())
    };
    view! {
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
                <span class="ds-value">{move || format!("{}%", percent(misperception.get()))}</span>
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
                        on:change=move |ev| reciprocates.set(event_target_checked(&ev))
                    />
                    {model_text(m::RECIPROCITY_LABEL, words)}
                    <span class="ds-value">{reciprocity}</span>
                </label>
                <p class="ds-help" id="ds-rec-help">
                    {model_text(m::RECIPROCITY_HELP, words)}
                </p>
            </div>
        </fieldset>
    }
}
