//! Number helpers that cannot panic.
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

#[cfg(test)]
mod tests {
    use super::clamp;

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
}
