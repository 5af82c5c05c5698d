//! The `value` attribute: a whole number 0..=100 (0 = all deterrence).

/// The value when the attribute is absent or unreadable.
pub const DEFAULT_VALUE: u8 = 50;

/// Why a `value` attribute was not used as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BadValue {
    /// Not a number (or empty): the default is used.
    NotANumber,
    /// A number outside 0..=100: clamped.
    OutOfRange,
}

/// Reads `value` (a decimal number as HTML writes it, [`crate::num::parse_decimal`]):
/// decimal numbers are rounded, out-of-range numbers clamped, anything
/// else gives the default. `Err` carries the value used and why.
pub fn parse_value(raw: Option<&str>) -> Result<u8, (u8, BadValue)> {
    let Some(raw) = raw else {
        return Ok(DEFAULT_VALUE);
    };
    let Some(v) = crate::num::parse_decimal(raw) else {
        return Err((DEFAULT_VALUE, BadValue::NotANumber));
    };
    if !v.is_finite() {
        return Err((
            if v > 0.0 {
                100
            } else if v < 0.0 {
                0
            } else {
                DEFAULT_VALUE
            },
            BadValue::OutOfRange,
        ));
    }
    let r = v.round();
    if (0.0..=100.0).contains(&r) {
        Ok(r as u8)
    } else {
        Err((r.clamp(0.0, 100.0) as u8, BadValue::OutOfRange))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn good_values() {
        assert_eq!(parse_value(None), Ok(50));
        assert_eq!(parse_value(Some("0")), Ok(0));
        assert_eq!(parse_value(Some(" 100 ")), Ok(100));
        assert_eq!(parse_value(Some("40.4")), Ok(40));
        assert_eq!(parse_value(Some("1e1")), Ok(10));
    }

    #[test]
    fn bad_values_are_clamped_or_defaulted() {
        assert_eq!(parse_value(Some("-5")), Err((0, BadValue::OutOfRange)));
        assert_eq!(parse_value(Some("250")), Err((100, BadValue::OutOfRange)));
        assert_eq!(parse_value(Some("1e309")), Err((100, BadValue::OutOfRange)));
        assert_eq!(parse_value(Some("-1e999")), Err((0, BadValue::OutOfRange)));
        assert_eq!(parse_value(Some("")), Err((50, BadValue::NotANumber)));
        assert_eq!(parse_value(Some("forty")), Err((50, BadValue::NotANumber)));
        // Rust's own spellings are not HTML numbers (the browser's Number() agrees).
        assert_eq!(parse_value(Some("NaN")), Err((50, BadValue::NotANumber)));
        assert_eq!(parse_value(Some("-inf")), Err((50, BadValue::NotANumber)));
        assert_eq!(
            parse_value(Some("<script>")),
            Err((50, BadValue::NotANumber))
        );
        assert_eq!(
            parse_value(Some(&"9".repeat(5000))),
            Err((100, BadValue::OutOfRange))
        );
    }
}
