//! The hotspot cards of `<hotspot-map>`, rendered to HTML at build time.
//!
//! A card is static: the same text for every reader of a language. Rendering it here,
//! once, into an escaped HTML string per language keeps it out of the wasm's code (a
//! Leptos view of a card compiles to kilobytes of monomorphised code; the string is its
//! own compressed data). Glossary links become live `<glossary-term>` elements, which
//! the loader mounts like any other on the page. The card's fixed headings are the map's
//! interface words (`widgets/hotspot-map/text.toml`, [`crate::ui_text`]).

pub(crate) use crate::markup::escape;

/// The same HTML fragment being written in both languages.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(crate) struct Html {
    /// Japanese.
    pub(crate) ja: String,
    /// English.
    pub(crate) en: String,
}

impl Html {
    /// Appends markup that is the same in both languages.
    pub(crate) fn both(&mut self, s: &str) {
        self.ja.push_str(s);
        self.en.push_str(s);
    }

    /// Appends a fragment per language (already HTML).
    pub(crate) fn push(&mut self, ja: &str, en: &str) {
        self.ja.push_str(ja);
        self.en.push_str(en);
    }

    /// Appends plain text per language, escaped.
    pub(crate) fn text(&mut self, w: (&str, &str)) {
        self.push(&escape(w.0), &escape(w.1));
    }

    /// Appends a section heading (a styled paragraph: an embedded widget must not
    /// break the host page's outline).
    pub(crate) fn heading(&mut self, w: (&str, &str)) {
        self.both("<p class=\"hm-h\">");
        self.text(w);
        self.both("</p>");
    }

    /// Appends `<tag class="class">` + inner + `</tag>`.
    pub(crate) fn wrap(&mut self, tag: &str, class: &str, inner: &Html) {
        let open = if class.is_empty() {
            format!("<{tag}>")
        } else {
            format!("<{tag} class=\"{class}\">")
        };
        self.push(
            &format!("{open}{}</{tag}>", inner.ja),
            &format!("{open}{}</{tag}>", inner.en),
        );
    }

    /// True when nothing has been written.
    pub(crate) fn is_empty(&self) -> bool {
        self.ja.is_empty() && self.en.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fragments_are_built_in_both_languages() {
        let mut h = Html::default();
        h.heading(("見出し", "Heading <1>"));
        let mut inner = Html::default();
        inner.text(("中", "in"));
        h.wrap("ul", "hm-x", &inner);
        assert_eq!(
            h.ja,
            "<p class=\"hm-h\">見出し</p><ul class=\"hm-x\">中</ul>"
        );
        assert_eq!(
            h.en,
            "<p class=\"hm-h\">Heading &lt;1&gt;</p><ul class=\"hm-x\">in</ul>"
        );
        assert!(!h.is_empty());
    }
}
