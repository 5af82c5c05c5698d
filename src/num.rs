//! Number helpers that cannot panic, and that keep Rust's float formatting and parsing
//! (their tables, several KB of wasm) out of the bundle.
//!
//! `f64::clamp` asserts `min <= max` and its panic message formats both bounds with
//! `Debug`, which links Rust's float formatting (about 11 KB of wasm) into every variant;
//! with bounds computed at run time (a viewport narrower than a popover, a range read
//! from content) the assertion is also a panic a reader could reach.

/// `v` limited to `lo..=hi`; when `lo > hi` the result is `lo`, and a `NaN` `v` stays
/// `NaN`. Never panics.
pub fn clamp(v: f64, lo: f64, hi: f64) -> f64 {
    let v = if v > hi { hi } else { v };
    if v < lo {
        lo
    } else {
        v
    }
}

/// `n` in decimal digits (`-12`), without Rust's formatting machinery (`format!`,
/// `to_string`), which the glossary's code does not otherwise need.
pub fn decimal(n: i64) -> String {
    let mut digits = Vec::new();
    let mut rest = n.unsigned_abs();
    loop {
        digits.push(b'0' + (rest % 10) as u8);
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    if n < 0 {
        digits.push(b'-');
    }
    digits.iter().rev().map(|&b| char::from(b)).collect()
}

/// A decimal number as HTML writes them (`40`, `-2.5`, `.5`, `1e2`, surrounding
/// whitespace allowed), or `None`. Exact enough for a widget's settings (it rounds in
/// its last bits, unlike `str::parse::<f64>`, whose correctly rounded algorithm links
/// about 5 KB of tables into the wasm). Very large exponents give an infinity.
pub fn parse_decimal(raw: &str) -> Option<f64> {
    let s = raw.trim().as_bytes();
    let (negative, s) = match s.first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let mut mantissa = 0.0f64;
    let mut exponent: i32 = 0;
    let mut digits = 0usize;
    let mut i = 0;
    while let Some(d) = s.get(i).filter(|b| b.is_ascii_digit()) {
        mantissa = mantissa * 10.0 + f64::from(d - b'0');
        digits += 1;
        i += 1;
    }
    if s.get(i) == Some(&b'.') {
        i += 1;
        while let Some(d) = s.get(i).filter(|b| b.is_ascii_digit()) {
            mantissa = mantissa * 10.0 + f64::from(d - b'0');
            exponent = exponent.saturating_sub(1);
            digits += 1;
            i += 1;
        }
    }
    if digits == 0 {
        return None;
    }
    if matches!(s.get(i), Some(b'e' | b'E')) {
        i += 1;
        let sign = match s.get(i) {
            Some(b'-') => {
                i += 1;
                -1
            }
            Some(b'+') => {
                i += 1;
                1
            }
            _ => 1,
        };
        let start = i;
        let mut e: i32 = 0;
        while let Some(d) = s.get(i).filter(|b| b.is_ascii_digit()) {
            e = e.saturating_mul(10).saturating_add(i32::from(d - b'0'));
            i += 1;
        }
        if i == start {
            return None;
        }
        exponent = exponent.saturating_add(sign * e);
    }
    if i != s.len() {
        return None;
    }
    let value = if mantissa == 0.0 {
        0.0
    } else {
        mantissa * 10f64.powi(exponent)
    };
    Some(if negative { -value } else { value })
}

#[cfg(test)]
mod tests {
    use super::{clamp, decimal, parse_decimal};

    #[test]
    fn writes_integers_in_decimal() {
        for n in [0, 7, -7, 10, 120, -4096, i64::MAX, i64::MIN] {
            assert_eq!(decimal(n), n.to_string());
        }
    }

    #[test]
    fn clamps_into_the_range() {
        assert_eq!(clamp(-1.0, 0.0, 1.0), 0.0);
        assert_eq!(clamp(0.5, 0.0, 1.0), 0.5);
        assert_eq!(clamp(2.0, 0.0, 1.0), 1.0);
    }

    /// Regression: `f64::clamp` panics when `lo > hi` (and its message links float
    /// formatting into the wasm); this one returns `lo`.
    #[test]
    fn reversed_bounds_give_lo_instead_of_a_panic() {
        assert_eq!(clamp(5.0, 8.0, 2.0), 8.0);
        assert_eq!(clamp(0.0, 8.0, 2.0), 8.0);
    }

    #[test]
    fn nan_stays_nan() {
        assert!(clamp(f64::NAN, 0.0, 1.0).is_nan());
    }

    #[test]
    fn parses_decimals_as_html_writes_them() {
        for (raw, want) in [
            ("40", 40.0),
            (" 40 ", 40.0),
            ("+7", 7.0),
            ("-2.5", -2.5),
            (".5", 0.5),
            ("5.", 5.0),
            ("1e2", 100.0),
            ("2.5E-1", 0.25),
            ("0", 0.0),
            ("-0", 0.0),
            ("100.4", 100.4),
        ] {
            let got = parse_decimal(raw);
            assert!(
                got.is_some_and(|g| (g - want).abs() < 1e-9),
                "{raw:?}: {got:?}"
            );
        }
    }

    #[test]
    fn rejects_what_is_not_a_decimal() {
        for raw in [
            "", " ", "-", ".", "abc", "40abc", "4 0", "1e", "1e+", "0x10", "NaN", "inf", "--1",
        ] {
            assert_eq!(parse_decimal(raw), None, "{raw:?}");
        }
    }

    #[test]
    fn huge_exponents_give_infinity_not_a_panic() {
        assert_eq!(parse_decimal("1e999999999999"), Some(f64::INFINITY));
        assert_eq!(parse_decimal("-1e400"), Some(f64::NEG_INFINITY));
        assert_eq!(parse_decimal("1e-400"), Some(0.0));
    }
}
