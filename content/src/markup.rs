//! The one piece of inline markup content may use: `[[glossary-id|shown text]]`, a live
//! glossary term inside prose. It is resolved at build time into segments, so the
//! widgets render rich text without parsing anything at run time.

use crate::glossary::Glossary;
use crate::rust::lit;

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

/// Rust expression `&[Seg::…]` for checked pieces (`Seg` is defined by the widget crate).
pub fn emit(pieces: &[Piece], glossary: &Glossary) -> String {
    let parts: Vec<String> = pieces
        .iter()
        .map(|p| match p {
            Piece::Text(t) => format!("Seg::Text({})", lit(t)),
            Piece::Term(id, shown) => format!(
                "Seg::Term({}, {})",
                glossary.index_of(id).unwrap_or(0),
                lit(shown)
            ),
        })
        .collect();
    format!("&[{}]", parts.join(", "))
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
    fn malformed_markup_is_rejected() {
        assert!(parse("a [[reassurance b").is_err());
        assert!(parse("a [[reassurance]] b").is_err());
        assert!(parse("a [[|x]] b").is_err());
        assert!(parse("a ]] b").is_err());
    }
}
