//! The widgets' own interface words (buttons, headings, hints), in both languages. Each
//! is written once in `widgets/<widget>/text.toml`; `build.rs` checks them and generates
//! one module per widget (`ui_text::glossary`, `ui_text::deterrence_slider`,
//! `ui_text::hotspot_map`), one [`Bi`] constant per key. Content (definitions, cards)
//! lives in the widgets' other files; these are the few fixed labels around it.

use crate::content::Bi;

include!(concat!(env!("OUT_DIR"), "/ui_text.rs"));

/// The glossary popover's words (`ui_text::MORE`, …), from `widgets/glossary/text.toml`.
pub use glossary::*;

/// The parts of a template (`{name}` placeholders, as `text.toml` writes them): each
/// placeholder's name with the text just before it, then the text after the last one
/// with an empty name.
pub fn parts(template: &str) -> impl Iterator<Item = (&str, &str)> {
    let mut rest = Some(template);
    std::iter::from_fn(move || {
        let s = rest?;
        let placeholder = s
            .find('{')
            .and_then(|open| Some((open, open + s.get(open..)?.find('}')?)));
        match placeholder {
            Some((open, close)) => {
                rest = s.get(close + 1..);
                Some((s.get(..open)?, s.get(open + 1..close)?))
            }
            None => {
                rest = None;
                Some((s, ""))
            }
        }
    })
}

/// A template with its placeholders filled from `values` (a name without a value is
/// left empty).
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len());
    for (before, name) in parts(template) {
        out.push_str(before);
        if let Some((_, v)) = values.iter().find(|(n, _)| *n == name) {
            out.push_str(v);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_template_is_split_at_its_placeholders_and_filled() {
        let parts: Vec<_> = parts("出典：{title}、{date}").collect();
        assert_eq!(parts, [("出典：", "title"), ("、", "date"), ("", "")]);
        assert_eq!(parts_of("no placeholder"), [("no placeholder", "")]);
        assert_eq!(parts_of("{a}{b}"), [("", "a"), ("", "b"), ("", "")]);
        // An unclosed brace is text.
        assert_eq!(parts_of("a { b"), [("a { b", "")]);
        assert_eq!(
            fill(
                "{title}: {first}% → {last}%",
                &[("title", "T"), ("first", "3"), ("last", "9")]
            ),
            "T: 3% → 9%"
        );
        assert_eq!(fill("{x}!", &[]), "!");
    }

    fn parts_of(s: &str) -> Vec<(&str, &str)> {
        parts(s).collect()
    }
}
