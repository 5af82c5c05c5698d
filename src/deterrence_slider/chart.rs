//! The tension chart: a series of values in 0..=1 as an SVG path in a fixed view box,
//! written with integers only (no float formatting in the bundle).

/// Width of the chart's view box.
pub const WIDTH: i32 = 400;
/// Height of the chart's view box.
pub const HEIGHT: i32 = 160;

/// A value in 0..=1 as a whole percentage (non-finite → 0).
pub fn percent(v: f64) -> u8 {
    if v.is_finite() {
        (v.clamp(0.0, 1.0) * 100.0).round() as u8
    } else {
        0
    }
}

/// The path `M x,y L x,y …` through the series, left to right, 0 at the bottom.
pub fn line_path(series: &[f64]) -> String {
    let n = series.len();
    let mut d = String::with_capacity(n * 10);
    for (i, v) in series.iter().enumerate() {
        let x = if n > 1 {
            i as i32 * WIDTH / (n as i32 - 1)
        } else {
            0
        };
        let y = HEIGHT - i32::from(percent(*v)) * HEIGHT / 100;
        d.push(if i == 0 { 'M' } else { 'L' });
        push_int(&mut d, x);
        d.push(',');
        push_int(&mut d, y);
    }
    d
}

fn push_int(s: &mut String, v: i32) {
    use std::fmt::Write;
    let _ = write!(s, "{v}");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentages_are_clamped() {
        assert_eq!(percent(0.5), 50);
        assert_eq!(percent(1.7), 100);
        assert_eq!(percent(-1.0), 0);
        assert_eq!(percent(f64::NAN), 0);
    }

    #[test]
    fn the_path_spans_the_box_bottom_up() {
        assert_eq!(line_path(&[0.0, 0.5, 1.0]), "M0,160L200,80L400,0");
        assert_eq!(line_path(&[0.25]), "M0,120");
        assert_eq!(line_path(&[]), "");
    }
}
