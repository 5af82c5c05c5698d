//! Parsing of the attributes every widget shares (`lang`, `theme`). Each parser takes
//! the raw attribute text and says whether it was usable, so the caller can fall back
//! and warn once. `Lang` is generated from the content's languages (`LANGS` in
//! `compiler/src/data.rs`, by `build.rs`).

include!(concat!(env!("OUT_DIR"), "/lang.rs"));

impl Lang {
    /// The other language (the popover shows both).
    pub fn other(self) -> Lang {
        match self {
            Lang::Ja => Lang::En,
            Lang::En => Lang::Ja,
        }
    }
}

/// Reads a language tag: `ja`, `en`, or a regional form such as `en-GB` or `ja-JP`
/// (case-insensitive). Anything else is `None`.
pub fn parse_lang(raw: &str) -> Option<Lang> {
    let tag = raw.trim().to_ascii_lowercase();
    Lang::from_primary(tag.split(['-', '_']).next().unwrap_or(""))
}

/// The language a widget uses, and whether its own `lang` attribute was unusable.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LangChoice {
    /// The language to render in.
    pub lang: Lang,
    /// True when the element's own `lang` was present but not a language we have.
    pub own_was_bad: bool,
}

/// Resolves the language: the element's own `lang` when usable, else the nearest
/// ancestor's (`inherited`), else Japanese. An ancestor's unknown language is not the
/// element's fault and is not reported.
pub fn resolve_lang(own: Option<&str>, inherited: Option<&str>) -> LangChoice {
    let own_parsed = own.map(parse_lang);
    let lang = own_parsed
        .flatten()
        .or_else(|| inherited.and_then(parse_lang))
        .unwrap_or_default();
    LangChoice {
        lang,
        own_was_bad: matches!(own_parsed, Some(None)),
    }
}

/// The colour scheme a widget uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    /// Follow `prefers-color-scheme` (the default).
    #[default]
    Auto,
    /// Light colours.
    Light,
    /// Dark colours.
    Dark,
}

impl Theme {
    /// The value written to the widget's `data-theme` attribute, read by the CSS.
    pub fn as_str(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

/// Reads `theme`: `auto`, `light` or `dark` (case-insensitive). `Err` carries the
/// fallback (`Auto`) for any other present value; absence is `Ok(Auto)`.
pub fn parse_theme(raw: Option<&str>) -> Result<Theme, Theme> {
    match raw.map(|s| s.trim().to_ascii_lowercase()) {
        None => Ok(Theme::Auto),
        Some(s) => match s.as_str() {
            "auto" => Ok(Theme::Auto),
            "light" => Ok(Theme::Light),
            "dark" => Ok(Theme::Dark),
            _ => Err(Theme::Auto),
        },
    }
}

/// Shortens a bad attribute value for a warning, so a huge value cannot flood the console.
pub fn excerpt(raw: &str) -> String {
    const MAX: usize = 60;
    if raw.chars().count() <= MAX {
        raw.to_owned()
    } else {
        let mut s: String = raw.chars().take(MAX).collect();
        s.push('…');
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_and_regional_forms() {
        assert_eq!(parse_lang("ja"), Some(Lang::Ja));
        assert_eq!(parse_lang(" EN-gb "), Some(Lang::En));
        assert_eq!(parse_lang("ja-JP"), Some(Lang::Ja));
        assert_eq!(parse_lang("en_US"), Some(Lang::En));
        assert_eq!(parse_lang("fr"), None);
        assert_eq!(parse_lang(""), None);
        assert_eq!(parse_lang("<script>"), None);
        assert_eq!(parse_lang("english"), None);
    }

    #[test]
    fn own_lang_wins_then_ancestor_then_japanese() {
        let r = resolve_lang(Some("en"), Some("ja"));
        assert_eq!((r.lang, r.own_was_bad), (Lang::En, false));
        let r = resolve_lang(None, Some("en-US"));
        assert_eq!((r.lang, r.own_was_bad), (Lang::En, false));
        let r = resolve_lang(None, None);
        assert_eq!((r.lang, r.own_was_bad), (Lang::Ja, false));
        let r = resolve_lang(None, Some("fr"));
        assert_eq!((r.lang, r.own_was_bad), (Lang::Ja, false));
    }

    #[test]
    fn a_bad_own_lang_falls_back_and_is_reported() {
        let r = resolve_lang(Some("fr"), Some("en"));
        assert_eq!((r.lang, r.own_was_bad), (Lang::En, true));
        let r = resolve_lang(Some(""), None);
        assert_eq!((r.lang, r.own_was_bad), (Lang::Ja, true));
    }

    #[test]
    fn themes() {
        assert_eq!(parse_theme(None), Ok(Theme::Auto));
        assert_eq!(parse_theme(Some("Dark")), Ok(Theme::Dark));
        assert_eq!(parse_theme(Some("light")), Ok(Theme::Light));
        assert_eq!(parse_theme(Some("")), Err(Theme::Auto));
        assert_eq!(parse_theme(Some("neon")), Err(Theme::Auto));
    }

    #[test]
    fn excerpts_are_bounded() {
        assert_eq!(excerpt("short"), "short");
        let long = "x".repeat(10_000);
        assert_eq!(excerpt(&long).chars().count(), 61);
    }
}
