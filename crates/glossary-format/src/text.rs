//! Checks on single texts: ids, readings, URLs, matching forms. Small and free of
//! allocation where they can be, so the widget can use them too.

/// A stable id: lowercase ASCII words joined by single hyphens.
pub fn is_kebab_id(s: &str) -> bool {
    !s.is_empty()
        && s.split('-').all(|w| {
            !w.is_empty()
                && w.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        })
}

/// True for hiragana, katakana (full and half width), the prolonged sound mark and
/// the middle dot: the characters a reading may use.
pub fn is_kana(c: char) -> bool {
    matches!(c, '\u{3041}'..='\u{309F}' | '\u{30A0}'..='\u{30FF}' | '\u{FF66}'..='\u{FF9F}')
}

/// A reading: non-empty and only kana (spaces allowed between words).
pub fn is_reading(s: &str) -> bool {
    !s.trim().is_empty() && s.chars().all(|c| is_kana(c) || c == ' ' || c == '\u{3000}')
}

/// The longest link a popover shows, in bytes (an author file's `source.url` has the same
/// limit in the field table).
pub const MAX_URL: usize = 2000;

/// An absolute `http://` or `https://` URL with a host and no spaces or control
/// characters: the only kind of link a popover shows. So that the host a reader sees is
/// the host the link goes to (issue 24), a user name (`https://trusted@evil.example`) and
/// a backslash anywhere (which browsers read as `/`) are refused, and so is a URL over
/// [`MAX_URL`] bytes.
pub fn is_http_url(s: &str) -> bool {
    if s.len() > MAX_URL || s.contains('\\') {
        return false;
    }
    let lower = |p: &str| {
        s.get(..p.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(p))
    };
    let rest = if lower("https://") {
        s.get(8..)
    } else if lower("http://") {
        s.get(7..)
    } else {
        None
    };
    rest.is_some_and(|r| {
        let authority = r.split(['/', '?', '#']).next().unwrap_or("");
        !r.is_empty()
            && !authority.is_empty()
            && !authority.contains('@')
            && !r.chars().any(|c| c.is_whitespace() || c.is_control())
    })
}

/// One character as text is matched (issue 24: what typographers and editors change):
/// typographic apostrophes and quotes as ASCII ones, dashes and hyphens as `-`,
/// full-width ASCII letters, digits and signs as ASCII (`ＡＳＥＡＮ`, `６`), and the
/// counter ヶ/ヵ/か/カ/ケ (after a numeral, [`is_numeral`]: `6ヶ国`, `六か国`) as `カ`.
/// One character for one, so positions in the text are kept.
pub fn fold_char(c: char, after_digit: bool) -> char {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201B}' | '\u{02BC}' | '\u{2032}' => '\'',
        '\u{201C}' | '\u{201D}' | '\u{201F}' | '\u{2033}' => '"',
        '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE63}' => '-',
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        'ヶ' | 'ヵ' | 'か' | 'カ' | 'ケ' if after_digit => 'カ',
        _ => c,
    }
}

/// A numeral a counter may follow: an ASCII digit (full-width ones fold to these) or
/// a kanji numeral.
pub fn is_numeral(c: char) -> bool {
    matches!(
        c,
        '0'..='9'
            | '〇'
            | '一'
            | '二'
            | '三'
            | '四'
            | '五'
            | '六'
            | '七'
            | '八'
            | '九'
            | '十'
            | '百'
            | '千'
    )
}

/// `text` with every character folded as [`fold_char`] does.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut prev = None;
    for c in text.chars() {
        let f = fold_char(c, prev.is_some_and(is_numeral));
        prev = Some(f);
        out.push(f);
    }
    out
}

/// A form as it is matched: folded ([`fold`]), then Latin (ASCII) forms lower-cased and
/// matched as whole words, others as they are.
pub fn normalise_form(form: &str) -> (String, bool) {
    let form = fold(form.trim());
    if form.is_ascii() {
        (form.to_ascii_lowercase(), true)
    } else {
        (form, false)
    }
}

/// Long enough to match safely: 3 characters for Latin forms, 2 for others.
pub fn form_long_enough(form: &str) -> bool {
    let (min_latin, min_other) = crate::fields::MIN_FORM;
    let form = form.trim();
    let min = if form.is_ascii() {
        min_latin
    } else {
        min_other
    };
    form.chars().count() >= min
}

/// The key two forms clash on: the same words once width, case, spacing and
/// hyphenation are folded (`ＡＳＥＡＮ` = `asean`, `Six-Party Talks` = `six party talks`).
pub fn clash_key(form: &str) -> String {
    let mut key = String::with_capacity(form.len());
    for c in form.trim().chars() {
        let c = match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            '\u{3000}' => ' ',
            _ => c,
        };
        if c.is_whitespace() || matches!(c, '-' | '‐' | '‑' | '–' | '・' | '･') {
            continue;
        }
        key.extend(c.to_lowercase());
    }
    key
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kebab_ids() {
        assert!(is_kebab_id("east-china-sea"));
        assert!(is_kebab_id("tpp11"));
        assert!(!is_kebab_id("East-China"));
        assert!(!is_kebab_id("a--b"));
        assert!(!is_kebab_id("-a"));
        assert!(!is_kebab_id(""));
    }

    #[test]
    fn readings_are_kana_only() {
        assert!(is_reading("あんしんきょうよ"));
        assert!(is_reading("アールセップ"));
        assert!(!is_reading("安心"));
        assert!(!is_reading("anshin"));
        assert!(!is_reading(" "));
    }

    #[test]
    fn only_http_urls_are_links() {
        assert!(is_http_url("https://example.org/a?b#c"));
        assert!(is_http_url("HTTP://example.org"));
        assert!(!is_http_url("javascript:alert(1)"));
        assert!(!is_http_url("JavaScript://example.org/%0Aalert(1)"));
        assert!(!is_http_url("data:text/html,<b>x</b>"));
        assert!(!is_http_url("//example.org"));
        assert!(!is_http_url("/relative"));
        assert!(!is_http_url("https://"));
        assert!(!is_http_url("https:///path"));
        assert!(!is_http_url("https://exa mple.org"));
        assert!(!is_http_url("https://example.org/\n"));
        assert!(!is_http_url(""));
        // Regression (issue 24): the host a reader sees is the host the link goes to.
        assert!(!is_http_url("https://trusted.example@evil.example/"));
        assert!(!is_http_url("https://user:pass@example.org"));
        assert!(!is_http_url("https://evil.example\\@trusted.example"));
        assert!(!is_http_url("https://example.org\\path"));
        assert!(
            is_http_url("https://example.org/a@b"),
            "an @ after the host is a path"
        );
        assert!(!is_http_url(&format!(
            "https://example.org/{}",
            "a".repeat(MAX_URL)
        )));
    }

    #[test]
    fn forms() {
        assert_eq!(normalise_form(" ASEAN "), ("asean".into(), true));
        // Regression (issue 24): typographers' apostrophes, dashes and full-width forms.
        assert_eq!(
            normalise_form("Japan’s National Security Council"),
            ("japan's national security council".into(), true)
        );
        assert_eq!(
            normalise_form("Japan–US alliance"),
            ("japan-us alliance".into(), true)
        );
        assert_eq!(normalise_form("ＡＳＥＡＮ"), ("asean".into(), true));
        assert_eq!(normalise_form("６カ国協議"), ("6カ国協議".into(), false));
        assert_eq!(normalise_form("6ヶ国協議"), ("6カ国協議".into(), false));
        assert_eq!(normalise_form("六か国"), ("六カ国".into(), false));
        assert_eq!(normalise_form("かつて"), ("かつて".into(), false));
        assert_eq!(normalise_form("抑止"), ("抑止".into(), false));
        assert!(form_long_enough("抑止"));
        assert!(!form_long_enough("抑"));
        assert!(!form_long_enough("ab"));
        assert!(form_long_enough("abc"));
        assert_eq!(clash_key("ＡＳＥＡＮ"), clash_key("asean"));
        assert_eq!(clash_key("Six-Party Talks"), clash_key("six party talks"));
        assert_ne!(clash_key("日中共同声明"), clash_key("日中共同宣言"));
    }
}
