//! `<deterrence-slider>`: a policy mix from pure deterrence (0) to pure reassurance
//! (100) driving the escalation model in [`crate::model`]. Pure pieces (value parsing,
//! the chart's path) have native tests; [`view::deterrence_slider`] builds the view
//! over them with DOM calls ([`crate::runtime::build`]), part by part ([`position`],
//! [`gauges`], [`tension_chart`], [`controls`], [`examples`], [`rules`]), with no
//! renderer; its registry entry, `WIDGET`, mounts it for the element.

pub mod chart;
pub mod controls;
pub mod disclosures;
pub mod examples;
pub mod gauges;
pub mod position;
pub mod read;
pub mod rules;
pub mod tension_chart;
pub mod value;
pub mod view;
pub mod words;

use std::any::Any;

use leptos::prelude::*;
use wasm_bindgen::JsValue;
use web_sys::HtmlElement;

use self::chart::percent;
use self::value::{parse_value, BadValue};
use self::view::{deterrence_slider, Slider};
use self::words::Words;
use crate::attrs::excerpt;
use crate::content::{SliderZone, SLIDER_ZONES};
use crate::hooks::use_words;
use crate::hooks::{effect, memo};
use crate::model::{
    simulate, zone_for, Outcome, Params, DEFAULT_MISPERCEPTION, DEFAULT_RECIPROCITY,
    DOES_NOT_RECIPROCATE, RECIPROCATES,
};
use crate::runtime::elements::deterrence_slider::{attr, detail, event, prop, ELEMENT};
use crate::runtime::host::{Host, Warn};
use crate::runtime::owned::owned;
use crate::runtime::registry::Widget;

/// The model's two assumptions a reader can change besides the position.
#[derive(Debug, Clone, Copy)]
pub struct Assumptions {
    /// The probability that a signal is misread (0 to `MISPERCEPTION_MAX`).
    pub misperception: RwSignal<f64>,
    /// Whether the adversary answers reassurance with restraint.
    pub reciprocates: RwSignal<bool>,
}

impl Assumptions {
    /// The model's defaults.
    pub fn new() -> Self {
        Assumptions {
            misperception: RwSignal::new(DEFAULT_MISPERCEPTION),
            reciprocates: RwSignal::new(DEFAULT_RECIPROCITY == RECIPROCATES),
        }
    }

    /// The model's outcome at position `value` under these assumptions.
    pub fn outcome(self, value: Memo<u8>) -> Memo<Outcome> {
        memo(move || {
            let q = if self.reciprocates.get() {
                RECIPROCATES
            } else {
                DOES_NOT_RECIPROCATE
            };
            simulate(&Params::new(
                f64::from(value.get()),
                self.misperception.get(),
                q,
            ))
        })
    }
}

impl Default for Assumptions {
    fn default() -> Self {
        Self::new()
    }
}

/// The zone of position `value` (its content), the first zone if none matches.
pub(crate) fn zone(value: u8) -> Option<&'static SliderZone> {
    SLIDER_ZONES
        .get(zone_for(value).index())
        .or(SLIDER_ZONES.first())
}

/// `<deterrence-slider>` in the registry.
pub(crate) static WIDGET: Widget = Widget {
    element: &ELEMENT,
    mount,
};

/// The element → [`deterrence_slider`] glue, in the instance's reactive owner
/// ([`owned`]). The `value` attribute is the one source of truth: the slider follows
/// it, and a reader's move is written back to it (so `el.value`, the attribute and the
/// view always agree). `el.risk` is the model's
/// overall risk (0–100); every change of the position or of either assumption after
/// the first render is announced with `deterrence-change`.
fn mount(host: Host, root: HtmlElement) -> Box<dyn Any> {
    owned(move || {
        let (lang, theme) = host.lang_and_theme_memos();
        let raw = host.attr(attr::VALUE);
        // One warning per unusable `value`.
        let (warn_raw, warner) = (raw.clone(), host.clone());
        effect(move || {
            warn_raw.with(|raw| {
                let why = match parse_value(raw.as_deref()) {
                    Err((used, BadValue::NotANumber)) => {
                        format!("is not a number from 0 to 100; using {used}.")
                    }
                    Err((used, BadValue::OutOfRange)) => {
                        format!("is outside 0..100; using {used}.")
                    }
                    Ok(_) => return,
                };
                warner.warn(&format!(
                    "value=\"{}\" {why}",
                    excerpt(raw.as_deref().unwrap_or(""))
                ));
            })
        });
        let value =
            memo(move || raw.with(|raw| parse_value(raw.as_deref()).unwrap_or_else(|(v, _)| v)));
        let assumptions = Assumptions::new();
        let outcome = assumptions.outcome(value);
        let risk = memo(move || outcome.with(|o| percent(o.overall)));
        // Publish the state (`el.value`, `el.risk`), always current, and announce every
        // change of the position or of either assumption (after the first render).
        host.publish(
            prop::VALUE,
            Signal::derive(move || Some(value.get().to_string())),
        );
        host.publish(
            prop::RISK,
            Signal::derive(move || Some(risk.get().to_string())),
        );
        let events = host.clone();
        let mut prev = None::<(u8, u8, u64, bool)>;
        effect(move || {
            // Both assumptions are part of the state, so that a change of either is
            // announced even when the rounded risk stays the same.
            let now = (
                value.get(),
                risk.get(),
                assumptions.misperception.get().to_bits(),
                assumptions.reciprocates.get(),
            );
            if prev.replace(now).is_some_and(|p| p != now) {
                let z = zone(now.0).map(|z| z.id).unwrap_or("");
                events.dispatch(
                    event::DETERRENCE_CHANGE,
                    &detail::deterrence_change::fields(
                        JsValue::from(now.0),
                        JsValue::from_str(z),
                        JsValue::from(now.1),
                    ),
                );
            }
        });
        let warner = host.clone();
        let words = use_words(
            lang,
            Words::load,
            move |m| warner.warn(m),
            "; the slider keeps the words it shows.",
        );
        let examples_warner = host.clone();
        let warn: Warn = std::rc::Rc::new(move |m: &str| examples_warner.warn(m));
        let on_input = move |v: u8| host.write(attr::VALUE, Some(&v.to_string()));
        let slider = Slider {
            value,
            assumptions,
            outcome,
            lang,
            words,
            theme,
        };
        // The view in later steps (after the next frame): this task only sets up the
        // state.
        deterrence_slider(root.into(), slider, on_input, warn);
    })
}

#[cfg(test)]
mod tests {
    use crate::content::SLIDER_OUTPUTS;
    use crate::model::{simulate, Params, DEFAULT_MISPERCEPTION, RECIPROCATES};

    /// The gauges ask the model for their value by the content's id (not by position):
    /// every gauge in `content.toml` must name an output the model has.
    #[test]
    fn every_gauge_names_an_output_of_the_model() {
        let out = simulate(&Params::new(50.0, DEFAULT_MISPERCEPTION, RECIPROCATES));
        for o in SLIDER_OUTPUTS {
            assert!(out.output(o.id).is_some(), "no model output {:?}", o.id);
        }
        assert_eq!(out.output("overall"), Some(out.overall));
        assert_eq!(out.output("nope"), None);
    }
}
