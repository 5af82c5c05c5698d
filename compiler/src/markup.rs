//! The one piece of inline markup content may use: `[[glossary-id|shown text]]`, a live
//! glossary term inside prose. It is resolved at build time into escaped HTML in which
//! each term is a `<glossary-term>` element, so the widgets insert finished prose and
//! parse nothing at run time (the loader mounts the terms like any on the page).

use crate::glossary::Glossary;

/// A piece of prose: plain text, or a glossary term with the words shown for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    /// Plain text.
    Text(String),
    /// A glossary link: `(id, shown text)`.
    Term(String, String),
}

/// Splits `s` into pieces. Errors name what is malformed.
pub fn parse(s: &str) -> Result<Vec<Piece>, String> {
    let mut pieces = Vec::new();
    let mut rest = s;
    while let Some(start) = rest.find("[[") {
        if start > 0 {
            pieces.push(Piece::Text(rest[..start].to_owned()));
        }
        let after = &rest[start + 2..];
        let end = after
            .find("]]")
            .ok_or_else(|| format!("unclosed `[[` near \"{}\"", excerpt(&rest[start..])))?;
        let inner = &after[..end];
        let (id, shown) = inner
            .split_once('|')
            .ok_or_else(|| format!("`[[{inner}]]` needs the form [[id|shown text]]"))?;
        if id.trim().is_empty() || shown.trim().is_empty() {
            return Err(format!("`[[{inner}]]` has an empty id or text"));
        }
        pieces.push(Piece::Term(id.trim().to_owned(), shown.to_owned()));
        rest = &after[end + 2..];
    }
    if rest.contains("]]") {
        return Err(format!("stray `]]` near \"{}\"", excerpt(rest)));
    }
    if !rest.is_empty() {
        pieces.push(Piece::Text(rest.to_owned()));
    }
    Ok(pieces)
}

fn excerpt(s: &str) -> String {
    s.chars().take(24).collect()
}

/// Checks the markup of `s` against the glossary; returns the problem, if any.
pub fn check(s: &str, glossary: &Glossary) -> Result<Vec<Piece>, String> {
    let pieces = parse(s)?;
    for p in &pieces {
        if let Piece::Term(id, _) = p {
            if glossary.index_of(id).is_none() {
                return Err(format!("unknown glossary id \"{id}\" in [[{id}|…]]"));
            }
        }
    }
    Ok(pieces)
}

/// Escapes text for HTML element content and double-quoted attribute values, and
/// apostrophes too (the widgets' HTML: safe in single-quoted attributes as well).
pub fn escape(s: &str) -> String {
    escape_chars(s, true)
}

/// Escapes text for HTML element content and double-quoted attribute values (`&`, `<`,
/// `>`, `"`), leaving apostrophes as they are (the teaching page's index, whose titles
/// quote with them).
pub fn escape_text(s: &str) -> String {
    escape_chars(s, false)
}

fn escape_chars(s: &str, apostrophe: bool) -> String {
    let mut out = String::with_capacity(s.len());
    html_text::escape_into(&mut out, s, apostrophe);
    out
}

/// Prose in both languages, as checked pieces (none where it was malformed): what the
/// validate stages produce and the render stages turn into HTML.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(crate) struct Prose {
    /// Japanese.
    pub(crate) ja: Vec<Piece>,
    /// English.
    pub(crate) en: Vec<Piece>,
}

impl Prose {
    /// The prose as HTML in each language (see [`rich`]).
    pub(crate) fn html(&self, glossary: &Glossary) -> (String, String) {
        (
            rich(&self.ja, glossary, "ja"),
            rich(&self.en, glossary, "en"),
        )
    }
}

/// Prose as HTML: escaped text, and glossary links as
/// `<glossary-term term="id" lang="…">shown</glossary-term>` (links to unknown ids,
/// which `check` rejects, degrade to their text).
pub fn rich(pieces: &[Piece], glossary: &Glossary, lang: &str) -> String {
    let mut out = String::new();
    for p in pieces {
        match p {
            Piece::Text(t) => out.push_str(&escape(t)),
            Piece::Term(id, shown) if glossary.index_of(id).is_some() => out.push_str(&format!(
                "<glossary-term term=\"{}\" lang=\"{lang}\">{}</glossary-term>",
                escape(id),
                escape(shown)
            )),
            Piece::Term(_, shown) => out.push_str(&escape(shown)),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_is_one_piece() {
        assert_eq!(parse("abc").unwrap(), vec![Piece::Text("abc".into())]);
        assert_eq!(parse("").unwrap(), vec![]);
    }

    #[test]
    fn terms_are_split_out() {
        assert_eq!(
            parse("米中の[[reassurance|安心供与]]と[[deterrence|抑止]]。").unwrap(),
            vec![
                Piece::Text("米中の".into()),
                Piece::Term("reassurance".into(), "安心供与".into()),
                Piece::Text("と".into()),
                Piece::Term("deterrence".into(), "抑止".into()),
                Piece::Text("。".into()),
            ]
        );
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(
            escape("a < b & \"c\" 'd' > e"),
            "a &lt; b &amp; &quot;c&quot; &#39;d&#39; &gt; e"
        );
        assert_eq!(escape("抑止"), "抑止");
    }

    #[test]
    fn glossary_links_become_live_terms() {
        let glossary = crate::glossary::Glossary(vec![]);
        let pieces = vec![
            Piece::Text("a <b>".into()),
            Piece::Term("nope".into(), "x & y".into()),
        ];
        // Unknown ids (rejected by the checks anyway) fall back to plain text.
        assert_eq!(rich(&pieces, &glossary, "en"), "a &lt;b&gt;x &amp; y");
    }

    #[test]
    fn malformed_markup_is_rejected() {
        assert!(parse("a [[reassurance b").is_err());
        assert!(parse("a [[reassurance]] b").is_err());
        assert!(parse("a [[|x]] b").is_err());
        assert!(parse("a ]] b").is_err());
    }
}
