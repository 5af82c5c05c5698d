//! The map layers' inputs (`tools/geometry/inputs/layers.toml`): one `[[feature]]` per
//! drawn thing, its coordinates as published (degrees, minutes, seconds) or the recipe of
//! a computed one, and its record (source, licence, what was typed in or computed).

use serde::Deserialize;

/// The inputs file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Inputs {
    /// Every feature, in drawing order.
    #[serde(default)]
    pub feature: Vec<FeatureIn>,
}

/// What a feature is drawn as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Shape {
    /// A closed area (the first point is not repeated).
    Area,
    /// An open line.
    Line,
    /// Separate short segments (a dashed claim line, drawn dash by dash as published).
    Dashes,
    /// One point, drawn as a marker.
    Marker,
}

/// How a feature's geometry was made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Made {
    /// Typed in from a coordinate list published by the authority that drew the line.
    OfficialCoordinates,
    /// Typed in from coordinates read off a published map by a named third party.
    Digitised,
    /// Computed by this tool (see [`Compute`]).
    Computed,
    /// Typed in from coordinates a secondary source gives as approximate.
    Approximate,
    /// Typed in from coordinates a newspaper listed (the authority's own list not found).
    Reported,
    /// Read from a Natural Earth file kept beside the inputs (`file`): its lines as
    /// Natural Earth digitised them, simplified to this map's scale.
    NaturalEarth,
}

impl Made {
    /// The kebab-case name, as written in the files.
    pub fn as_str(self) -> &'static str {
        match self {
            Made::OfficialCoordinates => "official-coordinates",
            Made::Digitised => "digitised",
            Made::Computed => "computed",
            Made::Approximate => "approximate",
            Made::Reported => "reported",
            Made::NaturalEarth => "natural-earth",
        }
    }
}

/// The recipe of a computed feature.
#[derive(Debug, Clone, Deserialize)]
#[serde(tag = "method", rename_all = "kebab-case", deny_unknown_fields)]
pub enum Compute {
    /// The line equidistant from the land of two countries (Natural Earth ids), traced
    /// row by row from `south` to `north` (degrees) in `step` degrees, each row searched
    /// between longitudes `west` and `east`.
    Equidistance {
        /// The country whose land lies to the west (ISO 3166-1 numeric, as world-atlas).
        west_of: String,
        /// The country whose land lies to the east.
        east_of: String,
        /// First row's latitude.
        south: f64,
        /// Last row's latitude.
        north: f64,
        /// Distance between rows, degrees.
        step: f64,
        /// Western end of each row's search, degrees east.
        west: f64,
        /// Eastern end of each row's search, degrees east.
        east: f64,
        /// Land the two countries' line must not depend on (disputed islands, a third
        /// country's coast), as points: a row is left out where one of them is nearer
        /// than the two coasts; the rows kept must be consecutive.
        #[serde(default)]
        unaffected_by: Vec<String>,
        /// Countries (ids as above) whose land the line must not depend on, such as a
        /// third coast: a row is left out where that land is nearer than the two coasts.
        #[serde(default)]
        third_countries: Vec<String>,
        /// Boxes (south-west and north-east corners as coordinates) whose land, of
        /// either country, counts for neither coast but as land the line must not depend
        /// on (disputed islands).
        #[serde(default)]
        set_aside: Vec<[String; 2]>,
    },
    /// A country's rings (Natural Earth) that lie wholly inside one of the boxes
    /// (south-west and north-east corners as coordinates).
    LandInBox {
        /// The country (ISO 3166-1 numeric, as world-atlas).
        country: String,
        /// `[[south-west, north-east], …]`.
        boxes: Vec<[String; 2]>,
    },
}

/// One feature of the inputs.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FeatureIn {
    /// `<layer>/<feature>`, the id the content's legend names it by.
    pub id: String,
    /// What it is drawn as.
    pub shape: Shape,
    /// How its geometry was made.
    pub made: Made,
    /// Where its coordinates are published: `<source id> <locator>`.
    pub cite: String,
    /// Why we may use the coordinates.
    pub licence: String,
    /// What was typed in or computed, in Japanese (shown in the layer's table).
    pub note_ja: String,
    /// The same in English.
    pub note_en: String,
    /// Points as published (`"33°11′N 121°47′E"`): a line's or an area's, or a marker's one.
    #[serde(default)]
    pub points: Vec<String>,
    /// A dashed line's dashes, each two or more points.
    #[serde(default)]
    pub segments: Vec<Vec<String>>,
    /// A computed feature's recipe.
    pub compute: Option<Compute>,
    /// `made = "natural-earth"`: the GeoJSON file its lines are read from, relative to
    /// the inputs file's folder (`natural-earth/….geojson`); each line is one dash.
    pub file: Option<String>,
}

/// Parses one coordinate as published: degrees (`°`), optional minutes (`′` or `'`) and
/// seconds (`″` or `"`), then the hemisphere letter; decimals allowed in the last part.
/// `"33°11′N"` → 33.1833…; `"121°47′E"` → 121.7833…
pub fn parse_angle(s: &str) -> Result<f64, String> {
    let s = s.trim();
    let hemi = s.chars().last().ok_or("an empty coordinate")?;
    let sign = match hemi {
        'N' | 'E' => 1.0,
        'S' | 'W' => -1.0,
        _ => return Err(format!("\"{s}\" does not end in N, S, E or W")),
    };
    let body = &s[..s.len() - hemi.len_utf8()];
    let mut value = 0.0;
    let mut divisor = 1.0;
    let mut number = String::new();
    let mut parts = 0;
    for c in body.chars() {
        match c {
            '0'..='9' | '.' => number.push(c),
            '°' | '′' | '\'' | '″' | '"' => {
                let expected = match parts {
                    0 => c == '°',
                    1 => c == '′' || c == '\'',
                    _ => c == '″' || c == '"',
                };
                let n: f64 = number
                    .parse()
                    .map_err(|_| format!("\"{s}\": \"{number}\" is not a number"))?;
                if !expected || parts > 2 || (parts > 0 && n >= 60.0) {
                    return Err(format!("\"{s}\" is not degrees°minutes′seconds″"));
                }
                value += n / divisor;
                divisor *= 60.0;
                parts += 1;
                number.clear();
            }
            c if c.is_whitespace() => {}
            _ => return Err(format!("\"{s}\": unexpected \"{c}\"")),
        }
    }
    if parts == 0 || !number.is_empty() {
        return Err(format!("\"{s}\" is not degrees°minutes′seconds″"));
    }
    Ok(sign * value)
}

/// Parses a position, latitude then longitude (`"33°11′N 121°47′E"`), to `(lon, lat)`.
pub fn parse_position(s: &str) -> Result<(f64, f64), String> {
    let split = s
        .find(['N', 'S'])
        .ok_or_else(|| format!("\"{s}\": no latitude (N or S)"))?;
    let (lat, lon) = s.split_at(split + 1);
    if !lon.trim_end().ends_with(['E', 'W']) {
        return Err(format!("\"{s}\": no longitude (E or W) after the latitude"));
    }
    let (lat, lon) = (parse_angle(lat)?, parse_angle(lon)?);
    if !(-90.0..=90.0).contains(&lat) || !(-180.0..=180.0).contains(&lon) {
        return Err(format!("\"{s}\" is off the globe"));
    }
    Ok((lon, lat))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn angles_parse_as_published() {
        let near = |a: f64, b: f64| (a - b).abs() < 1e-9;
        assert!(matches!(parse_angle("33°11′N"), Ok(v) if near(v, 33.0 + 11.0 / 60.0)));
        assert!(matches!(parse_angle("125°53'30\"E"), Ok(v) if near(v, 125.0 + 53.5 / 60.0)));
        assert!(
            matches!(parse_angle("37°14′30.5″N"), Ok(v) if near(v, 37.0 + 14.0 / 60.0 + 30.5 / 3600.0))
        );
        assert!(matches!(parse_angle("10°S"), Ok(v) if near(v, -10.0)));
        for bad in ["33°61′N", "33°11′", "33N", "33°11′X", "", "3a°N", "33′11°N"] {
            assert!(parse_angle(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn positions_are_latitude_then_longitude() {
        let p = parse_position("33°11′N 121°47′E");
        assert!(
            matches!(p, Ok((lon, lat)) if (lon - 121.783_333).abs() < 1e-5 && (lat - 33.183_333).abs() < 1e-5)
        );
        assert!(parse_position("121°47′E 33°11′N").is_err());
        assert!(parse_position("33°11′N").is_err());
        assert!(parse_position("95°N 121°E").is_err());
    }

    /// Issue 22 (perspectives review of the ADIZ layer, finding 1): South Korea's zone,
    /// typed in from a newspaper's list, was labelled an official list because no value
    /// said "reported". Every `made` value reads back as written, `reported` among them.
    #[test]
    fn every_made_value_reads_back_as_written() {
        #[derive(Deserialize)]
        struct One {
            made: Made,
        }
        for name in [
            "official-coordinates",
            "digitised",
            "computed",
            "approximate",
            "reported",
            "natural-earth",
        ] {
            let one: One = toml::from_str(&format!("made = \"{name}\"")).unwrap();
            assert_eq!(one.made.as_str(), name);
        }
        assert!(toml::from_str::<One>("made = \"official\"").is_err());
    }
}
