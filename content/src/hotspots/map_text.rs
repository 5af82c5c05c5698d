//! Pure helpers of the `<hotspot-map>` content step: dates and their labels, the names
//! of disputed features (the naming policy of `widgets/hotspot-map/README.md`), SVG path
//! checks, overlay positions and point-in-polygon. Everything the widget would otherwise
//! format at run time is formatted here, so the wasm carries only finished strings.

/// A calendar date as precise as its source allows: year, year-month or a full date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    /// Year.
    pub year: u16,
    /// Month 1..=12, when known.
    pub month: Option<u8>,
    /// Day of the month, when known.
    pub day: Option<u8>,
}

const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => {
            29
        }
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

fn digits(s: &str, n: usize) -> Option<u16> {
    (s.len() == n && s.bytes().all(|b| b.is_ascii_digit()))
        .then(|| s.parse().ok())
        .flatten()
}

/// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (a real calendar date, year 1900..=2100).
pub fn parse_date(s: &str) -> Option<Date> {
    let mut parts = s.split('-');
    let year = digits(parts.next()?, 4).filter(|y| (1900..=2100).contains(y))?;
    let month = match parts.next() {
        None => None,
        Some(m) => Some(
            digits(m, 2)
                .and_then(|m| u8::try_from(m).ok())
                .filter(|m| (1..=12).contains(m))?,
        ),
    };
    let day = match (parts.next(), month) {
        (None, _) => None,
        (Some(_), None) => return None,
        (Some(d), Some(m)) => Some(
            digits(d, 2)
                .and_then(|d| u8::try_from(d).ok())
                .filter(|d| (1..=days_in_month(year, m)).contains(d))?,
        ),
    };
    if parts.next().is_some() {
        return None;
    }
    Some(Date { year, month, day })
}

/// The date for readers: (`1972年9月29日`, `29 September 1972`), (`2008年5月`,
/// `May 2008`), (`2001年`, `2001`).
pub fn date_label(d: Date) -> (String, String) {
    let month_en = d
        .month
        .and_then(|m| MONTHS_EN.get(usize::from(m).wrapping_sub(1)))
        .copied()
        .unwrap_or("");
    match (d.month, d.day) {
        (Some(m), Some(day)) => (
            format!("{}年{m}月{day}日", d.year),
            format!("{day} {month_en} {}", d.year),
        ),
        (Some(m), None) => (
            format!("{}年{m}月", d.year),
            format!("{month_en} {}", d.year),
        ),
        _ => (format!("{}年", d.year), d.year.to_string()),
    }
}

/// A source's free-text date (`sources.toml`) for readers, as the page's source list shows
/// it (`scripts/glossary-index.py`): ISO dates and intervals (`2014-05/2014-07` →
/// `2014年5月〜2014年7月`, `May 2014 to July 2014`) and the few fixed phrases the seeds need
/// (`continuously updated` → `随時更新`). Anything else is shown as written.
pub fn source_date_label(date: &str) -> (String, String) {
    if let Some((from, to)) = date.split_once('/') {
        let (ja1, en1) = source_date_label(from);
        let (ja2, en2) = source_date_label(to);
        return (format!("{ja1}〜{ja2}"), format!("{en1} to {en2}"));
    }
    let fixed = match date {
        "2025 (late)" => Some("2025年(後半)"),
        "undated (after 2023)" => Some("日付なし(2023年以降)"),
        "2025 (after April)" => Some("2025年(4月以降)"),
        "continuously updated" => Some("随時更新"),
        _ => None,
    };
    if let Some(ja) = fixed {
        return (ja.to_string(), date.to_string());
    }
    match parse_date(date) {
        Some(d) => date_label(d),
        None => (date.to_string(), date.to_string()),
    }
}

/// The "as of" line of a card: (`2025年11月時点`, `As of November 2025`).
pub fn as_of_label(d: Date) -> (String, String) {
    let (ja, en) = date_label(d);
    (format!("{ja}時点"), format!("As of {en}"))
}

/// A disputed feature's full name under the naming policy: the primary label, then the
/// other parties' names in the given (neutral) order, leaving out names identical to
/// the primary one or to a name already listed. `ja` picks the Japanese punctuation.
pub fn full_name(primary: &str, others: &[&str], ja: bool) -> String {
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
pub fn join_names(names: &[String], ja: bool) -> String {
    names.join(if ja { "、" } else { ", " })
}

/// Checks a path of `geometry.toml`: relative commands only (`m`, then implicit
/// relative line-tos, `z` closing each ring), whole-unit coordinates in pairs.
pub fn check_path(d: &str) -> Result<(), String> {
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
pub fn percent(v: f64, total: f64) -> String {
    let tenths = (v / total * 1000.0).round() as i64;
    let sign = if tenths < 0 { "-" } else { "" };
    let t = tenths.abs();
    format!("{sign}{}.{}", t / 10, t % 10)
}

/// True when `p` lies inside the polygon `poly` (even-odd rule; closed implicitly).
pub fn inside(p: (f64, f64), poly: &[(f64, f64)]) -> bool {
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
pub fn polygon_path(points: &[(i64, i64)]) -> String {
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
    fn dates_of_every_precision() {
        assert_eq!(
            parse_date("1972-09-29"),
            Some(Date {
                year: 1972,
                month: Some(9),
                day: Some(29)
            })
        );
        assert_eq!(parse_date("2008-05").and_then(|d| d.day), None);
        assert_eq!(parse_date("2001").map(|d| d.month), Some(None));
        for bad in [
            "",
            "72",
            "1972-9",
            "1972-13",
            "1972-02-30",
            "2023-02-29",
            "1972-09-29-1",
            "1972--01",
            "abcd",
            "1972/09",
            "1850",
        ] {
            assert_eq!(parse_date(bad), None, "{bad}");
        }
        assert!(parse_date("2024-02-29").is_some());
    }

    #[test]
    fn dates_sort_oldest_first() {
        let d = |s| parse_date(s).unwrap();
        assert!(d("2010") < d("2010-01"));
        assert!(d("2008-05") < d("2008-06-18"));
        assert!(d("2006-10") < d("2007"));
    }

    #[test]
    fn source_dates_in_both_languages() {
        let l = |s: &str| source_date_label(s);
        assert_eq!(
            l("2025-03-31"),
            ("2025年3月31日".into(), "31 March 2025".into())
        );
        assert_eq!(
            l("2014-05/2014-07"),
            (
                "2014年5月〜2014年7月".into(),
                "May 2014 to July 2014".into()
            )
        );
        assert_eq!(
            l("continuously updated"),
            ("随時更新".into(), "continuously updated".into())
        );
        assert_eq!(l("2017"), ("2017年".into(), "2017".into()));
    }

    #[test]
    fn date_labels_in_both_languages() {
        let l = |s| date_label(parse_date(s).unwrap());
        assert_eq!(
            l("1972-09-29"),
            ("1972年9月29日".into(), "29 September 1972".into())
        );
        assert_eq!(l("2008-05"), ("2008年5月".into(), "May 2008".into()));
        assert_eq!(l("2001"), ("2001年".into(), "2001".into()));
        assert_eq!(
            as_of_label(parse_date("2025-11").unwrap()),
            ("2025年11月時点".into(), "As of November 2025".into())
        );
    }

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
