//! Helpers that write Rust source text for the generated module.

/// A Rust string literal for `s` (Debug formatting escapes quotes, backslashes and
/// control characters; other characters stay as they are).
pub fn lit(s: &str) -> String {
    format!("{s:?}")
}

/// A Rust slice literal of string literals.
pub fn lit_list(items: &[String]) -> String {
    let parts: Vec<String> = items.iter().map(|s| lit(s)).collect();
    format!("&[{}]", parts.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What the generated module relies on (issue 23: this test restated Debug's output):
    /// whatever the content holds, a literal is one line, opens and closes with its
    /// quotes, and has no unescaped quote inside; Japanese is kept as it is.
    #[test]
    fn a_literal_is_one_closed_line_whatever_the_text() {
        for s in [
            "a \"b\" 抑止",
            "back\\slash",
            "line\nbreak\r",
            "tab\tand\u{0}nul",
            "\"",
            "}\";",
        ] {
            let l = lit(s);
            assert!(
                !l.contains('\n') && !l.contains('\r') && !l.contains('\0'),
                "{l}"
            );
            let inner = l
                .strip_prefix('"')
                .and_then(|x| x.strip_suffix('"'))
                .unwrap_or_else(|| panic!("{l}"));
            let mut escaped = false;
            for c in inner.chars() {
                assert!(escaped || c != '"', "unescaped quote in {l}");
                escaped = !escaped && c == '\\';
            }
        }
        assert!(lit("抑止").contains("抑止"));
        assert_eq!(lit_list(&["x".into(), "y".into()]), "&[\"x\", \"y\"]");
    }
}
