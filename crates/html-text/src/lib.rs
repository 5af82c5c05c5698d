//! Escaping text for HTML, written once: the content build renders the widgets' cards
//! and the teaching page with it, and the glossary popover renders its card with it at
//! run time (an author's own entry exists only then).

#![deny(missing_docs)]

/// Appends `s` to `out`, escaped for HTML element content and double-quoted attribute
/// values (`&`, `<`, `>`, `"`), and apostrophes too when `apostrophe` is set (then safe
/// in single-quoted attributes as well).
pub fn escape_into(out: &mut String, s: &str, apostrophe: bool) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' if apostrophe => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_characters_are_escaped() {
        let mut out = String::new();
        escape_into(&mut out, "a < b & \"c\" 'd' > e", true);
        assert_eq!(out, "a &lt; b &amp; &quot;c&quot; &#39;d&#39; &gt; e");
        let mut out = String::from("x:");
        escape_into(&mut out, "Tom & Jerry's", false);
        assert_eq!(out, "x:Tom &amp; Jerry's");
    }
}
