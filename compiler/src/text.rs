//! Checks on text fields: present, in the right language, well-formed ids (ids, kana
//! and readings are the glossary format's, shared with authors' files).

pub use glossary_format::text::{is_kana, is_kebab_id, is_reading};

/// True for kana or CJK ideographs: evidence that a text is Japanese.
pub fn is_japanese(c: char) -> bool {
    is_kana(c) || matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '々')
}

/// Japanese text: contains at least one kana or kanji.
pub fn looks_japanese(s: &str) -> bool {
    s.chars().any(is_japanese)
}

/// English text: mostly Latin, with no kana at all.
pub fn looks_english(s: &str) -> bool {
    let letters = s.chars().filter(|c| c.is_alphabetic()).count();
    let latin = s.chars().filter(|c| c.is_ascii_alphabetic()).count();
    !s.chars().any(is_kana) && letters > 0 && latin * 10 >= letters * 8
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_checks() {
        assert!(looks_japanese("抑止とは"));
        assert!(!looks_japanese("deterrence"));
        assert!(looks_english("Deterrence, in short (1966)."));
        assert!(looks_english(
            "The Senkaku Islands (尖閣諸島) are administered by Japan."
        ));
        assert!(!looks_english("抑止とは相手に攻撃を思いとどまらせること"));
        assert!(!looks_english(""));
    }
}
