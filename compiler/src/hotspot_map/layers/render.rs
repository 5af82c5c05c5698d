//! Each layer as a data file per language, rendered at build time: the SVG group the
//! map draws, and the legend (keys, the claims with the numbers of their sources, the
//! glossary link, a table of every line as its text alternative, the date checked up
//! to, the numbered sources).

use serde_json::json;

use super::check::CheckedLayer;
use crate::claims;
use crate::data::pick;
use crate::glossary::Glossary;
use crate::hotspot_map::dates::as_of_label;
use crate::hotspot_map::map_card::{escape, Html};
use crate::hotspot_map::render::card::{marker, notes_html, Refs};
use crate::source_notes::Notes;
use crate::ui_text::format;

/// A number in view-box units as the SVG gets it.
fn num(v: f64) -> String {
    format!("{v:.1}").trim_end_matches(".0").to_owned()
}

/// The layer's drawing: `<g class="hm-ly hm-ly-{k}">`, one element per feature, each
/// with the pattern class of its position in the layer (`hm-lf-{j}`) and its shape's.
fn svg(l: &CheckedLayer, k: usize) -> String {
    let mut out = format!(
        "<g class=\"hm-ly hm-ly-{k}\" data-layer=\"{}\">",
        escape(&l.layer.id)
    );
    for (j, (_, g)) in l.features.iter().enumerate() {
        let class = format!("hm-lf hm-lf-{j} hm-{}", escape(&g.shape));
        if let [x, y] = g.marker[..] {
            out.push_str(&format!(
                "<circle class=\"{class}\" cx=\"{}\" cy=\"{}\" r=\"6\"></circle>",
                num(x),
                num(y)
            ));
        } else {
            out.push_str(&format!(
                "<path class=\"{class}\" d=\"{}\"></path>",
                escape(&g.path)
            ));
        }
    }
    out.push_str("</g>");
    out
}

/// A key: a short sample of feature `j`'s line in layer `k`'s colour.
fn key(k: usize, j: usize, shape: &str) -> String {
    let sample = if shape == "marker" {
        "<circle cx=\"16\" cy=\"7\" r=\"5\"></circle>".to_owned()
    } else if shape == "area" {
        "<path d=\"M2 2H30V12H2Z\"></path>".to_owned()
    } else {
        "<path d=\"M2 7H30\"></path>".to_owned()
    };
    format!(
        "<svg class=\"hm-key hm-ly-{k}\" viewBox=\"0 0 32 14\" aria-hidden=\"true\" focusable=\"false\"><g class=\"hm-lf hm-lf-{j} hm-{shape}\">{sample}</g></svg>"
    )
}

/// Interface word `key` of the map's `text.toml` in `lang`.
fn word(refs: Refs, key: &str, lang: &str) -> String {
    let (ja, en) = refs.text.get(key);
    pick(lang, ja, en)
}

/// The key of the words for how a feature was made: `layer_made_<made>` in the map's
/// `text.toml`, `-` read as `_`. The geometry tool owns the `made` values (it rejects any
/// other); a value with no words is a build error (a missing interface word).
pub(super) fn made_key(made: &str) -> String {
    ["layer_made_", &made.replace('-', "_")].concat()
}

/// The legend of layer `l` (the `k`-th) in both languages.
fn legend(l: &CheckedLayer, k: usize, refs: Refs, glossary: &Glossary) -> Html {
    let notes = Notes::of(l.layer.claim.iter().chain(&l.sourcing));
    let mut out = Html::default();
    out.both(&format!(
        "<div class=\"hm-legend\" data-testid=\"map-legend\" data-layer=\"{}\">",
        escape(&l.layer.id)
    ));
    let mut keys = Html::default();
    for (j, (f, g)) in l.features.iter().enumerate() {
        keys.both("<li>");
        keys.both(&key(k, j, &g.shape));
        keys.text((&f.name_ja, &f.name_en));
        keys.both("</li>");
    }
    out.wrap("ul", "hm-keys", &keys);
    // One paragraph per claim, each followed by the numbers of its own sources. The
    // first is shown under the keys when it is no party's position (a definition, or
    // facts: `stated` or `summary`), so that what shows before the reader opens the rest
    // takes no side; the rest (each party's position), the glossary link, the table,
    // the date and the sources are in a disclosure, so that drawing a layer lays out a
    // few lines, not a page of text.
    let (more_ja, more_en) = refs.text.get("layer_more");
    let open = |w: &str| {
        format!(
            "<details class=\"hm-more\"><summary>{}</summary>",
            escape(w)
        )
    };
    let lead = l
        .layer
        .claim
        .first()
        .is_some_and(|c| matches!(c.kind.as_str(), "stated" | "summary"));
    for (n, (claim, prose)) in l.layer.claim.iter().zip(&l.prose).enumerate() {
        if n == usize::from(lead) {
            out.push(&open(more_ja), &open(more_en));
        }
        let (ja, en) = prose.html(glossary);
        let (mark_ja, mark_en) = marker(&notes, std::iter::once(claim), refs);
        out.push(
            &format!("<p>{ja}{}</p>", mark_ja.trim_start()),
            &format!("<p>{en}{mark_en}</p>"),
        );
    }
    if l.layer.claim.len() <= usize::from(lead) {
        out.push(&open(more_ja), &open(more_en));
    }
    if let Some(i) = glossary.index_of(&l.layer.glossary) {
        if let Some(entry) = glossary.0.get(i) {
            let (w_ja, w_en) = refs.text.get("layer_glossary");
            let link = |lang: &str, name: &str| {
                format!(
                    "<glossary-term term=\"{}\" lang=\"{lang}\">{}</glossary-term>",
                    escape(&entry.id),
                    escape(name)
                )
            };
            out.push(
                &format!(
                    "<p class=\"hm-gloss\">{}{}</p>",
                    escape(w_ja),
                    link("ja", &entry.ja)
                ),
                &format!(
                    "<p class=\"hm-gloss\">{} {}</p>",
                    escape(w_en),
                    link("en", &entry.en)
                ),
            );
        }
    }
    out.push(&table(l, &notes, refs, "ja"), &table(l, &notes, refs, "en"));
    if let Some(d) = claims::as_of(&l.layer.claim) {
        let (ja, en) = as_of_label(d);
        out.both("<p class=\"hm-asof\">");
        out.text((&ja, &en));
        out.both("</p>");
    }
    let tail = notes_html(&notes, refs);
    out.push(&tail.ja, &tail.en);
    out.both("</details></div>");
    out
}

/// The layer's text alternative in `lang`: one row per line, with how it was drawn,
/// its points as published (or how it was computed), whether it runs past the map, and
/// the number of its source.
fn table(l: &CheckedLayer, notes: &Notes, refs: Refs, lang: &str) -> String {
    let w = |key: &str| escape(&word(refs, key, lang));
    let pick = |ja: &str, en: &str| escape(&pick(lang, ja, en));
    let sep = if lang == "ja" { "、" } else { "; " };
    let mut rows = String::new();
    for ((f, g), src) in l.features.iter().zip(&l.sourcing) {
        let points = if g.segments.is_empty() {
            g.points.join(sep)
        } else {
            g.segments
                .iter()
                .map(|s| s.join(" – "))
                .collect::<Vec<_>>()
                .join(sep)
        };
        let mut how = format!(
            "{}{}{}",
            w(&made_key(&g.made)),
            if lang == "ja" { "。" } else { ". " },
            pick(&g.note_ja, &g.note_en)
        );
        if g.cut {
            how.push_str(if lang == "ja" { "(" } else { " (" });
            how.push_str(&w("layer_cut"));
            how.push_str(if lang == "ja" { "\u{ff09}" } else { ")" });
        }
        let no: Vec<String> = notes
            .numbers(std::iter::once(src))
            .iter()
            .map(usize::to_string)
            .collect();
        rows.push_str(&format!(
            "<tr><th scope=\"row\">{}</th><td>{how}</td><td>{}</td><td>[{}]</td></tr>",
            pick(&f.name_ja, &f.name_en),
            escape(&points),
            no.join(", ")
        ));
    }
    format!(
        "<details class=\"hm-table\"><summary>{}</summary><table><thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead><tbody>{rows}</tbody></table></details>",
        w("layer_table"),
        w("layer_col_line"),
        w("layer_col_made"),
        w("layer_col_points"),
        w("layer_col_source")
    )
}

/// Every layer's data file per language: `(lang, id, {"svg", "legend"})`.
pub fn files(
    layers: &[CheckedLayer],
    refs: Refs,
    glossary: &Glossary,
) -> Vec<(&'static str, String, String)> {
    let mut out = Vec::new();
    for (k, l) in layers.iter().enumerate() {
        let drawing = svg(l, k);
        let legend = legend(l, k, refs, glossary);
        for lang in crate::data::LANGS {
            let html = pick(lang, &legend.ja, &legend.en);
            out.push((
                lang,
                l.layer.id.clone(),
                json!({ "svg": drawing, "legend": html }).to_string(),
            ));
        }
    }
    out
}

/// A layer checkbox's attributes in `lang`: its id, and what the status line says when a
/// reader turns it on (`data-on`) or off (`data-off`), so that the wasm only copies them.
fn box_attrs(l: &CheckedLayer, refs: Refs, lang: &str) -> String {
    let name = pick(lang, &l.layer.name_ja, &l.layer.name_en);
    let said = |key: &str| escape(&format(&word(refs, key, lang), &[("name", &name)]));
    format!(
        "value=\"{}\" data-on=\"{}\" data-off=\"{}\"",
        escape(&l.layer.id),
        said("layer_shown"),
        said("layer_hidden")
    )
}

/// The layers' panel under the map, in both languages: a group with a checkbox per layer,
/// a status line, and the place for the legends of the layers drawn (which carries the
/// lines shown while a legend is on its way or cannot be had). Empty without layers.
pub fn panel(layers: &[CheckedLayer], refs: Refs) -> Html {
    let mut out = Html::default();
    if layers.is_empty() {
        return out;
    }
    for lang in crate::data::LANGS {
        let w = |key: &str| escape(&word(refs, key, lang));
        let boxes: String = layers
            .iter()
            .map(|l| {
                format!(
                    "<li><label><input type=\"checkbox\" data-testid=\"map-layer\" {}> {}</label></li>",
                    box_attrs(l, refs, lang),
                    escape(&pick(lang, &l.layer.name_ja, &l.layer.name_en))
                )
            })
            .collect();
        // One slot per layer, so that a layer's legend changes without its neighbours.
        let slots: String = layers
            .iter()
            .map(|l| {
                format!(
                    "<div class=\"hm-legend-slot\" data-slot=\"{}\"></div>",
                    escape(&l.layer.id)
                )
            })
            .collect();
        let html = format!(
            "<fieldset class=\"hm-layers\" data-testid=\"map-layers\"><legend class=\"hm-h\">{}</legend><ul class=\"hm-layer-boxes\">{boxes}</ul><p class=\"ex-visually-hidden\" role=\"status\" data-testid=\"map-layer-status\"></p><div class=\"hm-legends\" data-loading=\"{}\" data-unavailable=\"{}\">{slots}</div></fieldset>",
            w("layers"),
            w("layer_loading"),
            w("layer_unavailable")
        );
        if lang == "ja" {
            out.ja = html;
        } else {
            out.en = html;
        }
    }
    out
}

/// The checkboxes a card shows for the layers that name its hotspot ("Show on the map:
/// …", each `value` a layer id), in both languages; empty when none does.
pub fn card_buttons(layers: &[CheckedLayer], hotspot: &str, refs: Refs) -> Html {
    let mut out = Html::default();
    let (t_ja, t_en) = refs.text.get("card_show_layer");
    for l in layers
        .iter()
        .filter(|l| l.layer.hotspots.iter().any(|h| h == hotspot))
    {
        // A checkbox, like the panel's (one listener serves both): it shows whether the
        // layer is drawn and turns it on or off.
        let button = |t: &str, name: &str, lang: &str| {
            format!(
                "<label class=\"hm-show-layer\"><input type=\"checkbox\" data-testid=\"card-layer\" {}> {}</label>",
                box_attrs(l, refs, lang),
                escape(&format(t, &[("name", name)]))
            )
        };
        out.push(
            &button(t_ja, &l.layer.name_ja, "ja"),
            &button(t_en, &l.layer.name_en, "en"),
        );
    }
    if !out.is_empty() {
        let mut wrapped = Html::default();
        wrapped.wrap("p", "hm-show", &out);
        return wrapped;
    }
    out
}
