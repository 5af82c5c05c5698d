//! An author's own term written inline: `<glossary-term term="my-id" definition="…"
//! reading="…" source="https://…">word</glossary-term>`. The popover shows the word,
//! its reading, the definition and the source link, all as text; a `source` that is
//! not an http(s) URL is left out (the term view warns once).

use glossary_format::fields::SAFE_MAX;
use glossary_format::text::is_http_url;

use leptos::prelude::*;

use super::entry::{Entry, Own};
use crate::attrs::Lang;
use crate::hooks::{effect, Derived};
use crate::runtime::elements::glossary_term;
use crate::runtime::host::{AttrSignal, Host};

/// At most `SAFE_MAX` characters of `s`, trimmed.
fn capped(s: &str) -> String {
    s.trim().chars().take(SAFE_MAX).collect()
}

/// The host of an http(s) URL (`example.org` of `https://example.org/a`), the link's
/// text. (Byte by byte: no string-search code in the wasm.)
pub fn host_of(url: &str) -> &str {
    let skip = if url.as_bytes().get(4) == Some(&b':') {
        7
    } else {
        8
    };
    let rest = url.get(skip..).unwrap_or("");
    let end = rest
        .bytes()
        .position(|b| matches!(b, b'/' | b'?' | b'#'))
        .unwrap_or(rest.len());
    rest.get(..end).unwrap_or(rest)
}

/// The entry an inline term shows, or `None` without a definition. The word goes
/// in the name of the term's language.
pub fn entry(
    id: &str,
    word: &str,
    definition: &str,
    reading: &str,
    source: &str,
    lang: Lang,
) -> Option<Own> {
    let definition = capped(definition);
    if definition.is_empty() {
        return None;
    }
    let word = capped(word);
    let (ja, en) = if lang == Lang::Ja {
        (word, String::new())
    } else {
        (String::new(), word)
    };
    let url = source.trim();
    let (title, url) = if is_http_url(url) {
        (host_of(url).to_owned(), url.to_owned())
    } else {
        (String::new(), String::new())
    };
    Some(Own {
        id: id.to_owned(),
        ja,
        reading: capped(reading),
        en,
        definition,
        source: [title, String::new(), String::new()],
        source_url: url,
        ..Own::default()
    })
}

/// True when `source` is set and is not an http(s) URL (the term warns once).
pub fn bad_source(source: Option<&str>) -> bool {
    source.is_some_and(|s| !s.trim().is_empty() && !is_http_url(s.trim()))
}

/// The entry of an author's own term (`definition`, `reading`, `source` on the
/// `<glossary-term>`), following its attributes and `lang`; `None` without a
/// definition. Warns once per `source` that is not an http(s) URL.
pub fn own_entry(
    host: &Host,
    base: Derived<Option<String>>,
    lang: Derived<Lang>,
) -> Memo<Option<Entry>> {
    let (definition, reading, source) = (
        host.attr(glossary_term::attr::DEFINITION),
        host.attr(glossary_term::attr::READING),
        host.attr(glossary_term::attr::SOURCE),
    );
    let word = host.element.text_content().unwrap_or_default();
    let inline = Memo::new(move |_| {
        let id = base.get().unwrap_or_default();
        definition.with(|d| {
            let attr = |a: &AttrSignal| a.get().unwrap_or_default();
            let lang = lang.get();
            entry(
                &id,
                &word,
                d.as_deref()?,
                &attr(&reading),
                &attr(&source),
                lang,
            )
            .map(|own| own.entry(lang))
        })
    });
    let source_attr = host.attr(glossary_term::attr::SOURCE);
    let source_host = host.clone();
    effect(move || {
        source_attr.with(|s| {
            if bad_source(s.as_deref()) {
                let value = crate::attrs::excerpt(s.as_deref().unwrap_or_default());
                source_host.warn(
                    &[
                        "source=\"",
                        &value,
                        "\" is not an http(s) URL; the source link is left out.",
                    ]
                    .concat(),
                );
            }
        });
    });
    inline
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_inline_term_keeps_its_text_and_only_an_http_source() {
        let e = entry(
            "kantei",
            " 官邸 ",
            "<b>x</b>",
            "かんてい",
            "https://japan.kantei.go.jp/a?b",
            Lang::Ja,
        );
        let e = e.unwrap_or_default();
        assert_eq!((e.ja.as_str(), e.en.as_str()), ("官邸", ""));
        // Text, never markup: the definition is kept as written and shown as text.
        assert_eq!(e.definition, "<b>x</b>");
        assert_eq!(e.source[0], "japan.kantei.go.jp");
        assert_eq!(e.source_url, "https://japan.kantei.go.jp/a?b");
        let e =
            entry("k", "Kantei", "def", "", "javascript:alert(1)", Lang::En).unwrap_or_default();
        assert_eq!(
            (e.en.as_str(), e.source_url.as_str(), e.source[0].as_str()),
            ("Kantei", "", "")
        );
        assert!(entry("k", "w", "  ", "", "", Lang::En).is_none());
        assert!(bad_source(Some("javascript:alert(1)")));
        assert!(!bad_source(Some("https://example.org")));
        assert!(!bad_source(Some(" ")));
        assert!(!bad_source(None));
        // Regression (issue 24): a user name or a backslash would show one host and go to
        // another; neither is a link.
        for tricky in [
            "https://trusted.example@evil.example/",
            "https://evil.example\\@trusted.example",
        ] {
            assert!(bad_source(Some(tricky)), "{tricky}");
            let e = entry("k", "w", "def", "", tricky, Lang::En).unwrap_or_default();
            assert_eq!((e.source_url.as_str(), e.source[0].as_str()), ("", ""));
        }
        assert_eq!(host_of("http://a.example/x"), "a.example");
        assert_eq!(host_of("HTTPS://b.example?q"), "b.example");
        assert_eq!(host_of("https://c.example"), "c.example");
    }
}
