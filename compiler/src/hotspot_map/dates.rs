//! Dates of the `<hotspot-map>` content and their labels for readers, in both
//! languages: a card's "as of" line, its timeline, its sources' dates. Formatted at
//! build time, so the wasm carries only finished strings.

/// A calendar date as precise as its source allows: year, year-month or a full date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Date {
    /// Year.
    pub(crate) year: u16,
    /// Month 1..=12, when known.
    pub(crate) month: Option<u8>,
    /// Day of the month, when known.
    pub(crate) day: Option<u8>,
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
pub(crate) fn parse_date(s: &str) -> Option<Date> {
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
pub(crate) fn date_label(d: Date) -> (String, String) {
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

/// A source's date (`sources.toml`) for readers: ISO dates and intervals (`2014-05/2014-07`
/// → `2014年5月〜2014年7月`, `May 2014 to July 2014`), and `unknown` (`日付不明`,
/// `undated`). Anything else is shown as written.
pub(crate) fn source_date_label(date: &str) -> (String, String) {
    if let Some((from, to)) = date.split_once('/') {
        let (ja1, en1) = source_date_label(from);
        let (ja2, en2) = source_date_label(to);
        return (format!("{ja1}〜{ja2}"), format!("{en1} to {en2}"));
    }
    if date == "unknown" {
        return ("日付不明".to_string(), "undated".to_string());
    }
    match parse_date(date) {
        Some(d) => date_label(d),
        None => (date.to_string(), date.to_string()),
    }
}

/// The "as of" line of a card: (`2025年11月時点`, `As of November 2025`): the oldest date
/// its claims were checked up to.
pub(crate) fn as_of_label(d: Date) -> (String, String) {
    let (ja, en) = date_label(d);
    (
        format!("{ja}までの記録で確認"),
        format!("Checked against the record up to {en}"),
    )
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
        assert_eq!(l("unknown"), ("日付不明".into(), "undated".into()));
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
            (
                "2025年11月までの記録で確認".into(),
                "Checked against the record up to November 2025".into()
            )
        );
    }
}
