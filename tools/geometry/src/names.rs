//! Names in both languages, and label positions, for the countries and seas of the map:
//! the data of `tools/geometry/names.toml`, read and checked here.
//!
//! Natural Earth carries English names only; the Japanese ones are the usual forms of
//! Japanese atlases and the press. Label positions are chosen by hand (lon, lat in
//! degrees) so that a label sits on the country's largest land mass inside the frame.

use std::collections::BTreeSet;
use std::path::Path;

use hotspot_map_projection::EAST_ASIA;
use serde::Deserialize;

/// A country or territory of the Natural Earth Admin 0 layer (`[[country]]`).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct CountryName {
    /// ISO 3166-1 numeric code, as world-atlas writes it (three digits).
    pub(crate) id: String,
    /// Japanese name.
    pub(crate) ja: String,
    /// English name.
    pub(crate) en: String,
    /// Where to put the label, `[lon, lat]`, or `None` for territories too small to
    /// label.
    pub(crate) label: Option<[f64; 2]>,
}

/// A sea label (`[[sea]]`). Where a sea's name is itself contested, the other names in
/// use are listed with who uses them (`also_*`), in the alphabetical order of the user.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct SeaName {
    /// Stable kebab-case id.
    pub(crate) id: String,
    /// Japanese name.
    pub(crate) ja: String,
    /// English name.
    pub(crate) en: String,
    /// Label position, `[lon, lat]`.
    pub(crate) at: [f64; 2],
    /// Other names in use, Japanese.
    #[serde(default)]
    pub(crate) also_ja: Vec<String>,
    /// Other names in use, English.
    #[serde(default)]
    pub(crate) also_en: Vec<String>,
    /// The hotspot this sea coincides with, if any (the widget may merge the two
    /// labels); empty for none.
    #[serde(default)]
    pub(crate) hotspot: String,
}

/// The whole names file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Names {
    /// Natural Earth units without an ISO code that lie in the frame and are left out
    /// (disputed reefs the widget marks from `hotspots.toml` instead).
    pub(crate) skipped_units: Vec<String>,
    /// Every Admin 0 unit that can reach the frame, in the order of the output. The
    /// tool refuses to write a unit that is not listed, so that no country ever goes
    /// out without its Japanese name.
    pub(crate) country: Vec<CountryName>,
    /// The sea labels of the map, in the order of the output.
    pub(crate) sea: Vec<SeaName>,
}

impl Names {
    /// Reads and checks the names file; the error names the file and every problem.
    pub(crate) fn load(path: &Path) -> Result<Names, String> {
        let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
        Names::parse(&text, &path.display().to_string())
    }

    /// Parses and checks the text of a names file; `file` names it in errors.
    pub(crate) fn parse(text: &str, file: &str) -> Result<Names, String> {
        let names: Names =
            toml::from_str(text).map_err(|e| format!("{file}: not a valid names file: {e}"))?;
        let problems = names.problems();
        if problems.is_empty() {
            Ok(names)
        } else {
            Err(format!(
                "{file}: {} problem(s):\n  - {}",
                problems.len(),
                problems.join("\n  - ")
            ))
        }
    }

    /// The country entry for a Natural Earth id.
    pub(crate) fn country(&self, id: &str) -> Option<&CountryName> {
        self.country.iter().find(|c| c.id == id)
    }

    /// Where a country goes in the output (its place in the file).
    pub(crate) fn position(&self, id: &str) -> Option<usize> {
        self.country.iter().position(|c| c.id == id)
    }

    /// Every problem of the file, each naming the entry and the field.
    fn problems(&self) -> Vec<String> {
        let mut out = Vec::new();
        for (i, u) in self.skipped_units.iter().enumerate() {
            if u.trim().is_empty() {
                out.push(format!("skipped_units {}: empty name", i + 1));
            }
        }
        let mut seen = BTreeSet::new();
        for (i, c) in self.country.iter().enumerate() {
            let entry = format!("country {} ({:?})", i + 1, c.id);
            if c.id.len() != 3 || !c.id.bytes().all(|b| b.is_ascii_digit()) {
                out.push(format!(
                    "{entry}, field `id`: must be a three-digit ISO 3166-1 numeric code"
                ));
            }
            if !seen.insert(c.id.as_str()) {
                out.push(format!("{entry}, field `id`: duplicate id"));
            }
            names_problems(&entry, &c.ja, &c.en, &mut out);
            if let Some([lon, lat]) = c.label {
                frame_problem(&entry, "label", lon, lat, &mut out);
            }
        }
        let mut seen = BTreeSet::new();
        for (i, s) in self.sea.iter().enumerate() {
            let entry = format!("sea {} ({:?})", i + 1, s.id);
            if !is_kebab_id(&s.id) {
                out.push(format!("{entry}, field `id`: must be a kebab-case id"));
            }
            if !seen.insert(s.id.as_str()) {
                out.push(format!("{entry}, field `id`: duplicate id"));
            }
            names_problems(&entry, &s.ja, &s.en, &mut out);
            frame_problem(&entry, "at", s.at[0], s.at[1], &mut out);
            if s.also_ja.len() != s.also_en.len() {
                out.push(format!(
                    "{entry}, field `also_en`: also_ja and also_en must list the same names"
                ));
            }
            if s.also_ja
                .iter()
                .chain(&s.also_en)
                .any(|n| n.trim().is_empty())
            {
                out.push(format!("{entry}, field `also_ja`: empty name"));
            }
            if !s.hotspot.is_empty() && !is_kebab_id(&s.hotspot) {
                out.push(format!("{entry}, field `hotspot`: must be a hotspot's id"));
            }
        }
        out
    }
}

/// Both names present, and the Japanese one written in Japanese.
fn names_problems(entry: &str, ja: &str, en: &str, out: &mut Vec<String>) {
    if !ja.chars().any(|c| ('\u{3040}'..='\u{9fff}').contains(&c)) {
        out.push(format!("{entry}, field `ja`: missing or not Japanese"));
    }
    if en.trim().is_empty() {
        out.push(format!("{entry}, field `en`: missing"));
    }
}

/// `lon`, `lat` inside the map's frame.
fn frame_problem(entry: &str, field: &str, lon: f64, lat: f64, out: &mut Vec<String>) {
    if !EAST_ASIA.contains(lon, lat) {
        out.push(format!(
            "{entry}, field `{field}`: [{lon}, {lat}] is outside the map's frame ({}..{} °E, {}..{} °N)",
            EAST_ASIA.west, EAST_ASIA.east, EAST_ASIA.south, EAST_ASIA.north
        ));
    }
}

/// Lowercase ASCII words joined by single hyphens.
fn is_kebab_id(s: &str) -> bool {
    !s.is_empty()
        && s.split('-').all(|w| {
            !w.is_empty()
                && w.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

    use super::*;

    #[test]
    fn the_repository_names_file_is_valid() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("names.toml");
        let names = Names::load(&path).unwrap();
        assert!(names.country("392").is_some_and(|c| c.ja == "日本"));
        assert_eq!(names.position("156"), Some(0));
        assert!(names.sea.iter().any(|s| s.hotspot == "taiwan"));
    }

    #[test]
    fn every_problem_is_named() {
        let text = r#"
            skipped_units = [""]
            [[country]]
            id = "39"
            ja = "Japan"
            en = ""
            label = [10.0, 36.0]
            [[country]]
            id = "39"
            ja = "日本"
            en = "Japan"
            [[sea]]
            id = "Sea of Japan"
            ja = "日本海"
            en = "Sea of Japan"
            at = [134.0, 40.2]
            also_ja = ["東海"]
        "#;
        let e = Names::parse(text, "names.toml").unwrap_err();
        for needle in [
            "names.toml: 9 problem(s)",
            "skipped_units 1: empty name",
            "country 1 (\"39\"), field `id`: must be a three-digit",
            "country 1 (\"39\"), field `ja`: missing or not Japanese",
            "country 1 (\"39\"), field `en`: missing",
            "country 1 (\"39\"), field `label`: [10, 36] is outside the map's frame",
            "country 2 (\"39\"), field `id`: duplicate id",
            "sea 1 (\"Sea of Japan\"), field `id`: must be a kebab-case id",
            "sea 1 (\"Sea of Japan\"), field `also_en`: also_ja and also_en",
        ] {
            assert!(e.contains(needle), "missing {needle} in:\n{e}");
        }
    }

    #[test]
    fn unknown_fields_and_bad_toml_are_rejected() {
        let e = Names::parse(
            "skipped_units = []\ncountry = []\nsea = []\nextra = 1",
            "n.toml",
        )
        .unwrap_err();
        assert!(e.starts_with("n.toml: not a valid names file") && e.contains("extra"));
        assert!(Names::parse("[[country]", "n.toml").is_err());
    }
}
