//! Lines read from a GeoJSON file kept beside the inputs (a Natural Earth layer such as
//! `ne_10m_admin_0_boundary_lines_maritime_indicator_chn.geojson`): every `LineString`
//! feature is one line, in the file's order, its points (lon, lat) as the file gives
//! them; and each line's two ends written as the file gives them, for the layer's table.

use serde::Deserialize;

/// A GeoJSON FeatureCollection, as far as the lines need.
#[derive(Debug, Deserialize)]
struct Collection {
    /// `FeatureCollection`.
    #[serde(rename = "type")]
    kind: String,
    /// Its features.
    features: Vec<Feature>,
}

/// One feature: only its geometry is read.
#[derive(Debug, Deserialize)]
struct Feature {
    /// `null` in GeoJSON when the feature has no geometry.
    geometry: Option<Geometry>,
}

/// A geometry: its type and its coordinates, read as they are.
#[derive(Debug, Deserialize)]
struct Geometry {
    /// `LineString` is the only type read.
    #[serde(rename = "type")]
    kind: String,
    /// A `LineString`'s positions, `[lon, lat]` (a third number, if any, is ignored).
    coordinates: serde_json::Value,
}

/// One position of a `LineString`: longitude and latitude in degrees.
fn position(v: &serde_json::Value) -> Option<[f64; 2]> {
    let a = v.as_array()?;
    let (lon, lat) = (a.first()?.as_f64()?, a.get(1)?.as_f64()?);
    ((-180.0..=180.0).contains(&lon) && (-90.0..=90.0).contains(&lat)).then_some([lon, lat])
}

/// The lines of a GeoJSON FeatureCollection whose features are all `LineString`s, each
/// of two or more points, in the file's order; an error names the first feature that
/// is not.
pub fn lines(text: &str) -> Result<Vec<Vec<[f64; 2]>>, String> {
    let c: Collection =
        serde_json::from_str(text).map_err(|e| format!("not a GeoJSON FeatureCollection: {e}"))?;
    if c.kind != "FeatureCollection" {
        return Err(format!("a \"{}\", not a FeatureCollection", c.kind));
    }
    let mut out = Vec::with_capacity(c.features.len());
    for (i, f) in c.features.iter().enumerate() {
        let g = f
            .geometry
            .as_ref()
            .filter(|g| g.kind == "LineString")
            .ok_or(format!("feature {i} is not a LineString"))?;
        let line = g
            .coordinates
            .as_array()
            .map(|ps| ps.iter().map(position).collect::<Option<Vec<_>>>())
            .unwrap_or_default()
            .filter(|l| l.len() >= 2)
            .ok_or(format!(
                "feature {i}: its coordinates are not two or more [lon, lat] positions"
            ))?;
        out.push(line);
    }
    if out.is_empty() {
        return Err("the file has no features".into());
    }
    Ok(out)
}

/// A position written as the other inputs write theirs, latitude first, with the file's
/// own decimals: `[121.838288, 21.724709]` → `"21.724709°N 121.838288°E"`.
pub fn as_published(p: [f64; 2]) -> String {
    let [lon, lat] = p;
    let ns = if lat < 0.0 { 'S' } else { 'N' };
    let ew = if lon < 0.0 { 'W' } else { 'E' };
    format!("{}°{ns} {}°{ew}", lat.abs(), lon.abs())
}

/// A line's two ends as published (for the layer's table: the file gives every point,
/// the table each dash's ends).
pub fn ends(line: &[[f64; 2]]) -> Vec<String> {
    line.first()
        .into_iter()
        .chain(line.last())
        .map(|&p| as_published(p))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layers::input::parse_position;

    /// Two dashes in the shape of the Natural Earth file (properties left out).
    const TWO: &str = r#"{"type":"FeatureCollection","name":"t","features":[
        {"type":"Feature","properties":{"NOTE":"a"},"geometry":{"type":"LineString","coordinates":[[121.838288,21.724709],[121.782638,21.665582],[121.727315,21.606234]]}},
        {"type":"Feature","properties":{"NOTE":"b"},"geometry":{"type":"LineString","coordinates":[[119.5377,18.236926],[119.456351,18.008]]}}]}"#;

    #[test]
    fn every_line_string_is_one_line_in_the_files_order() {
        let l = lines(TWO);
        assert!(matches!(&l, Ok(l) if l.len() == 2 && l[0].len() == 3 && l[1].len() == 2));
        assert!(matches!(&l, Ok(l) if l[1][1] == [119.456351, 18.008]));
    }

    #[test]
    fn anything_but_line_strings_is_refused() {
        let point = TWO.replacen(
            r#""type":"LineString","coordinates":[[119.5377,18.236926],[119.456351,18.008]]"#,
            r#""type":"Point","coordinates":[119.5377,18.236926]"#,
            1,
        );
        assert!(matches!(lines(&point), Err(m) if m.contains("feature 1")));
        let one_point = TWO.replacen(",[119.456351,18.008]", "", 1);
        assert!(lines(&one_point).is_err());
        let off_globe = TWO.replacen("21.724709", "91.5", 1);
        assert!(lines(&off_globe).is_err());
        assert!(lines(r#"{"type":"FeatureCollection","features":[]}"#).is_err());
        assert!(lines(r#"{"type":"Feature","features":[]}"#).is_err());
        assert!(lines("not json").is_err());
    }

    #[test]
    fn ends_keep_the_files_decimals_and_read_back() {
        let l = lines(TWO).unwrap_or_default();
        let e: Vec<Vec<String>> = l.iter().map(|l| ends(l)).collect();
        assert_eq!(
            e,
            vec![
                vec!["21.724709°N 121.838288°E", "21.606234°N 121.727315°E"],
                vec!["18.236926°N 119.5377°E", "18.008°N 119.456351°E"],
            ]
        );
        let back = parse_position(&e[1][1]);
        assert!(matches!(back, Ok((lon, lat)) if lon == 119.456351 && lat == 18.008));
        assert_eq!(as_published([-70.5, -33.25]), "33.25°S 70.5°W");
    }
}
