//! The tension chart: the model's tension over the rounds as a line in an SVG, named in
//! words for screen readers (its first and last value).

use leptos::prelude::*;
use web_sys::Element;

use super::chart::{line_path, percent, HEIGHT, WIDTH};
use super::read::text;
use crate::attrs::Lang;
use crate::content::slider_labels as l;
use crate::model::Outcome;
use crate::runtime::build::{add, add_svg, add_text, bind_attr};

/// The chart of `outcome`'s tension, with its caption, at the end of `parent`.
pub fn tension_chart(parent: &Element, outcome: Memo<Outcome>, lang: Memo<Lang>) -> Option<()> {
    let label = move || {
        let (first, last) = outcome.with(|out| {
            let t = out.tension();
            let end = |v: Option<&f64>| v.copied().map(percent).unwrap_or(0);
            (end(t.first()), end(t.last()))
        });
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
    let figure = add(parent, "figure", &[("class", "ds-chart")])?;
    let caption = add(&figure, "figcaption", &[])?;
    add_text(&caption, text(l::CHART_TITLE, lang));
    // Drawn at its view box's size (its text at the size the CSS gives), and narrower,
    // never wider, in a narrow widget.
    let (w, h) = ((WIDTH + 40).to_string(), (HEIGHT + 34).to_string());
    let view_box = format!("-30 -10 {w} {h}");
    let svg = add_svg(
        &figure,
        "svg",
        &[
            ("viewBox", &view_box),
            ("width", &w),
            ("height", &h),
            ("role", "img"),
            ("data-testid", "slider-chart"),
        ],
    )?;
    bind_attr(&svg, "aria-label", label);
    axes(&svg);
    let (mid, below) = ((WIDTH / 2).to_string(), (HEIGHT + 22).to_string());
    let x_label = add_svg(
        &svg,
        "text",
        &[
            ("class", "ds-tick"),
            ("x", &mid),
            ("y", &below),
            ("text-anchor", "middle"),
        ],
    )?;
    add_text(&x_label, text(l::CHART_X, lang));
    let line = add_svg(&svg, "path", &[("class", "ds-line")])?;
    bind_attr(&line, "d", move || outcome.with(|o| line_path(o.tension())));
    Some(())
}

/// The chart's axes and the ticks of their ends (0 and 1).
fn axes(svg: &Element) {
    let (w, h) = (WIDTH.to_string(), HEIGHT.to_string());
    let bottom = [("x1", "0"), ("y1", &h), ("x2", &w), ("y2", &h)];
    let left = [("x1", "0"), ("y1", "0"), ("x2", "0"), ("y2", &h)];
    for ends in [bottom, left] {
        if let Some(line) = add_svg(svg, "line", &[("class", "ds-axisline")]) {
            for (name, value) in ends {
                let _ = line.set_attribute(name, value);
            }
        }
    }
    for (y, tick) in [("4", "1"), (h.as_str(), "0")] {
        let attributes = [
            ("class", "ds-tick"),
            ("x", "-6"),
            ("y", y),
            ("text-anchor", "end"),
        ];
        if let Some(t) = add_svg(svg, "text", &attributes) {
            t.set_text_content(Some(tick));
        }
    }
}
