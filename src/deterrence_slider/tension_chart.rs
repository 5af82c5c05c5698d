//! The tension chart: the model's tension over the rounds as a line in an SVG, named in
//! words for screen readers (its first and last value).

use leptos::prelude::*;

use super::chart::{line_path, percent, HEIGHT, WIDTH};
use super::read::text;
use crate::attrs::Lang;
use crate::content::slider_labels as l;
use crate::model::Outcome;

/// The chart of `outcome`'s tension, with its caption.
#[component]
pub fn TensionChart(
    /// The model's outcome whose tension is drawn.
    outcome: Memo<Outcome>,
    /// The slider's language.
    lang: Memo<Lang>,
) -> impl IntoView {
    let label = move || {
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
                aria-label=label
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
    }
}
