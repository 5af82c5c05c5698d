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

    #[test]
    fn literals_escape_quotes_and_keep_japanese() {
        assert_eq!(lit("a \"b\" 抑止"), "\"a \\\"b\\\" 抑止\"");
        assert_eq!(lit_list(&["x".into(), "y".into()]), "&[\"x\", \"y\"]");
    }
}
