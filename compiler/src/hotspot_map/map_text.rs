//! Pure helpers of the `<hotspot-map>` render and validate stages: the names of disputed
//! features (the naming policy of `widgets/hotspot-map/README.md`), SVG path checks,
//! overlay positions and point-in-polygon. Everything the widget would otherwise
//! format at run time is formatted here, so the wasm carries only finished strings.
//! Dates are in [`super::dates`].

/// A disputed feature's full name under the naming policy: the primary label, then the
/// other parties' names in the given (neutral) order, leaving out names identical to
/// the primary one or to a name already listed. `ja` picks the Japanese punctuation.
pub(crate) fn full_name(primary: &str, others: &[&str], ja: bool) -> String {
    let mut seen: Vec<&str> = vec![primary];
    for o in others {
        if !seen.contains(o) {
            seen.push(o);
        }
    }
    let others = seen.get(1..).unwrap_or_default();
    match (others.is_empty(), ja) {
        (true, _) => primary.to_owned(),
        (false, true) => format!("{primary}({})", others.join("、")),
        (false, false) => format!("{primary} ({})", others.join(", ")),
    }
}

/// Joins other names of a feature (`also_ja`, `also_en`) for display.
pub(crate) fn join_names(names: &[String], ja: bool) -> String {
    names.join(if ja { "、" } else { ", " })
}

/// Checks a path of `geometry.toml`: relative commands only (`m`, then implicit
/// relative line-tos, `z` closing each ring), whole-unit coordinates in pairs.
pub(crate) fn check_path(d: &str) -> Result<(), String> {
    let d = d.trim();
    if !d.starts_with('m') {
        return Err("must start with a relative move-to `m`".into());
    }
    if !d.ends_with('z') {
        return Err("every ring must be closed with `z`".into());
    }
    for (i, ring) in d.split('z').filter(|r| !r.trim().is_empty()).enumerate() {
        let body = ring
            .trim()
            .strip_prefix('m')
            .ok_or_else(|| format!("ring {} does not start with `m`", i + 1))?;
        let mut numbers = 0usize;
        for token in body.replace('-', " -").split_whitespace() {
            if token.parse::<i32>().is_err() {
                return Err(format!("ring {}: \"{token}\" is not a whole number", i + 1));
            }
            numbers += 1;
        }
        if !numbers.is_multiple_of(2) || numbers < 6 {
            return Err(format!(
                "ring {} needs at least three points, as x y pairs",
                i + 1
            ));
        }
    }
    Ok(())
}

/// A coordinate as a percentage of `total`, one decimal, without the sign (`153.8` of
/// `1000` is `"15.4"`), for the labels laid over the map (CSS `--x`, `--y`).
pub(crate) fn percent(v: f64, total: f64) -> String {
    let tenths = (v / total * 1000.0).round() as i64;
    let sign = if tenths < 0 { "-" } else { "" };
    let t = tenths.abs();
    format!("{sign}{}.{}", t / 10, t % 10)
}

/// True when `p` lies inside the polygon `poly` (even-odd rule; closed implicitly).
pub(crate) fn inside(p: (f64, f64), poly: &[(f64, f64)]) -> bool {
    let mut inside = false;
    let mut j = poly.len().wrapping_sub(1);
    for (i, &(xi, yi)) in poly.iter().enumerate() {
        let Some(&(xj, yj)) = poly.get(j) else {
            return false;
        };
        if (yi > p.1) != (yj > p.1) && p.0 < (xj - xi) * (p.1 - yi) / (yj - yi) + xi {
            inside = !inside;
        }
        j = i;
    }
    inside
}

/// SVG path data for a polygon of whole-unit points: `M x y L x y … Z`.
pub(crate) fn polygon_path(points: &[(i64, i64)]) -> String {
    let mut d = String::new();
    for (i, (x, y)) in points.iter().enumerate() {
        d.push_str(if i == 0 { "M" } else { "L" });
        d.push_str(&format!("{x} {y}"));
    }
    d.push('Z');
    d
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_names_follow_the_naming_policy() {
        assert_eq!(
            full_name(
                "Senkaku Islands",
                &[
                    "Diaoyu Dao",
                    "Senkaku Islands",
                    "Diaoyutai (Tiaoyutai) Islands"
                ],
                false
            ),
            "Senkaku Islands (Diaoyu Dao, Diaoyutai (Tiaoyutai) Islands)"
        );
        assert_eq!(
            full_name(
                "南沙諸島",
                &[
                    "南沙諸島",
                    "スプラトリー諸島",
                    "カラヤアン諸島",
                    "南沙諸島",
                    "チュオンサ諸島"
                ],
                true
            ),
            "南沙諸島(スプラトリー諸島、カラヤアン諸島、チュオンサ諸島)"
        );
        assert_eq!(full_name("A", &["A"], false), "A");
    }

    #[test]
    fn paths_are_checked() {
        assert!(check_path("m-4 88 32 4 11-3z m1 1 2 2 3-3z").is_ok());
        assert!(check_path("M0 0 1 1 2 2z").is_err());
        assert!(check_path("m0 0 1 1 2 2").is_err());
        assert!(check_path("m0 0 1 1 2z").is_err());
        assert!(check_path("m0 0 1.5 1 2 2z").is_err());
        assert!(check_path("m0 0 1 1z").is_err());
    }

    #[test]
    fn percentages_have_one_decimal() {
        assert_eq!(percent(153.8, 1000.0), "15.4");
        assert_eq!(percent(0.0, 999.0), "0.0");
        assert_eq!(percent(999.0, 999.0), "100.0");
        assert_eq!(percent(-5.0, 1000.0), "-0.5");
    }

    #[test]
    fn point_in_polygon() {
        let square = [(0.0, 0.0), (10.0, 0.0), (10.0, 10.0), (0.0, 10.0)];
        assert!(inside((5.0, 5.0), &square));
        assert!(!inside((15.0, 5.0), &square));
        assert!(!inside((5.0, -1.0), &square));
        assert!(!inside((1.0, 1.0), &[]));
    }

    #[test]
    fn polygons_become_absolute_paths() {
        assert_eq!(polygon_path(&[(1, 2), (3, 4), (5, 6)]), "M1 2L3 4L5 6Z");
    }
}
