//! Builds each feature of the inputs: parses or computes its points, projects them,
//! clips them to the map's frame and rounds them, checking what the layers promise
//! (areas closed, lines of two or more points, nothing crossing itself, every record
//! complete).

use std::collections::BTreeMap;

use hotspot_map_projection::{Point, EAST_ASIA};

use super::compute::{self, Rows};
use super::geojson;
use super::input::{parse_position, Compute, FeatureIn, Inputs, Made, Shape};
use super::lines::{clip_line, encode_lines, round_line, self_crossing};
use crate::clip::{clip_ring, round_ring, IPoint, Rect};
use crate::simplify::douglas_peucker;
use crate::topojson::Topology;
use crate::write::encode_path;

/// Douglas–Peucker tolerance for computed geometry, in output units.
const TOLERANCE: f64 = 0.5;
/// Margin around the frame for clipping areas, so their cut edges fall outside the view.
const MARGIN: f64 = 4.0;

/// The lines of the files the inputs name (`file`), by that name, as read by
/// [`geojson::lines`].
pub type Files = BTreeMap<String, Vec<Vec<[f64; 2]>>>;

/// One built feature.
#[derive(Debug)]
pub struct Feature<'a> {
    /// Its inputs (the record is written out as it is).
    pub input: &'a FeatureIn,
    /// A dashed line's dashes as published: the inputs' `segments`, or for a feature
    /// read from a file each line's two ends as the file gives them.
    pub segments: Vec<Vec<String>>,
    /// SVG path data: closed rings for an area, open parts for a line or dashes.
    pub path: String,
    /// A marker's point, in output units.
    pub marker: Option<(f64, f64)>,
    /// True when part of it lies beyond the map's frame and was cut off.
    pub cut: bool,
}

/// The frame, optionally grown by `margin` on every side.
fn frame(margin: f64) -> Rect {
    let [_, _, w, h] = EAST_ASIA.view_box();
    Rect {
        x0: -margin,
        y0: -margin,
        x1: w + margin,
        y1: h + margin,
    }
}

/// Parses and projects points as published.
fn projected(points: &[String]) -> Result<Vec<Point>, String> {
    points
        .iter()
        .map(|s| parse_position(s).map(|(lon, lat)| EAST_ASIA.project(lon, lat)))
        .collect()
}

/// The record's own checks: id, cite, licence, notes, and the fields its shape and way
/// of making need.
fn check_record(f: &FeatureIn) -> Result<(), String> {
    let valid_id = f.id.split_once('/').is_some_and(|(l, n)| {
        !l.is_empty()
            && !n.is_empty()
            && f.id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '/')
    });
    if !valid_id {
        return Err("an id is `<layer>/<feature>` in lower-case letters, digits and dashes".into());
    }
    if f.cite
        .split_once(' ')
        .is_none_or(|(_, loc)| loc.trim().is_empty())
    {
        return Err("`cite` is `<source id> <locator>`".into());
    }
    for (name, v) in [
        ("licence", &f.licence),
        ("note_ja", &f.note_ja),
        ("note_en", &f.note_en),
    ] {
        if v.trim().is_empty() {
            return Err(format!("`{name}` is empty"));
        }
    }
    if (f.made == Made::NaturalEarth) != f.file.is_some() {
        return Err("made = \"natural-earth\" goes with a `file`, and a `file` with it".into());
    }
    match (f.made, &f.compute) {
        (Made::NaturalEarth, _) => {
            if f.shape != Shape::Dashes
                || f.compute.is_some()
                || !f.points.is_empty()
                || !f.segments.is_empty()
            {
                return Err("a feature read from a `file` is `dashes`, with no points, segments or recipe of its own".into());
            }
        }
        (Made::Computed, None) => return Err("made = \"computed\" needs a `compute` recipe".into()),
        (Made::Computed, Some(_)) => {}
        (_, Some(_)) => return Err("a `compute` recipe needs made = \"computed\"".into()),
        (_, None) => {
            let ok = match f.shape {
                Shape::Dashes => !f.segments.is_empty() && f.points.is_empty(),
                Shape::Marker => f.points.len() == 1 && f.segments.is_empty(),
                Shape::Area => f.points.len() >= 3 && f.segments.is_empty(),
                Shape::Line => f.points.len() >= 2 && f.segments.is_empty(),
            };
            if !ok {
                return Err("points do not fit the shape (area: 3 or more `points`; line: 2 or more; marker: 1; dashes: `segments` only)".into());
            }
        }
    }
    Ok(())
}

/// Open lines: clipped to the frame, rounded, each checked for self-crossing.
fn open_parts(lines: &[Vec<Point>]) -> Result<(String, bool), String> {
    let mut parts: Vec<Vec<IPoint>> = Vec::new();
    let mut cut = false;
    for line in lines {
        let (clipped, c) = clip_line(line, frame(0.0));
        cut |= c;
        parts.extend(clipped.iter().filter_map(|p| round_line(p)));
    }
    if let Some((i, j)) = parts.iter().find_map(|p| self_crossing(p, false)) {
        return Err(format!("the line crosses itself (segments {i} and {j})"));
    }
    if parts.is_empty() {
        return Err("nothing of it is inside the map's frame".into());
    }
    Ok((encode_lines(&parts), cut))
}

/// Closed rings: checked for self-crossing, clipped to the frame (plus a margin),
/// rounded.
fn areas(rings: &[Vec<Point>], min_area: f64) -> Result<(String, bool), String> {
    let mut out = Vec::new();
    let mut cut = false;
    for ring in rings {
        cut |= !ring.iter().all(|&p| frame(0.0).contains(p));
        let Some(r) = round_ring(&clip_ring(ring, frame(MARGIN)), min_area) else {
            continue;
        };
        // As drawn: whole units, the closing point not repeated.
        if let Some((i, j)) = self_crossing(&r[..r.len() - 1], true) {
            return Err(format!(
                "the area's edge crosses itself (edges {i} and {j})"
            ));
        }
        out.push(r);
    }
    if out.is_empty() {
        return Err("nothing of it is inside the map's frame".into());
    }
    Ok((encode_path(&out), cut))
}

/// A feature read from a file: every line of the file one dash, in the file's order,
/// projected and simplified to the map's scale (each dash kept apart from the others),
/// with each dash's ends as published.
fn from_file(file: &str, files: &Files) -> Result<(String, bool, Vec<Vec<String>>), String> {
    let lines = files
        .get(file)
        .ok_or(format!("the file \"{file}\" was not read"))?;
    let dashes: Vec<Vec<Point>> = lines
        .iter()
        .map(|l| douglas_peucker(&compute::project(l), TOLERANCE))
        .collect();
    let (path, cut) = open_parts(&dashes)?;
    let drawn = path.matches('m').count();
    if drawn != lines.len() {
        return Err(format!(
            "the file's {} lines make {drawn} parts on the map: each must lie whole inside \
             the frame, one dash each",
            lines.len()
        ));
    }
    Ok((path, cut, lines.iter().map(|l| geojson::ends(l)).collect()))
}

/// One feature built.
fn feature<'a>(f: &'a FeatureIn, topo: &Topology, files: &Files) -> Result<Feature<'a>, String> {
    check_record(f)?;
    if let Some(file) = &f.file {
        let (path, cut, segments) = from_file(file, files)?;
        return Ok(Feature {
            input: f,
            segments,
            path,
            marker: None,
            cut,
        });
    }
    let mut segments = f.segments.clone();
    let (path, cut, marker) = match (&f.compute, f.shape) {
        (Some(Compute::Equidistance { .. }), Shape::Line) => {
            let line = equidistance_line(f, topo)?;
            segments = vec![line
                .first()
                .into_iter()
                .chain(line.last())
                .map(|&p| compute::as_approximate(p))
                .collect()];
            let simple = douglas_peucker(&compute::project(&line), TOLERANCE);
            let (p, c) = open_parts(&[simple])?;
            (p, c, None)
        }
        (Some(Compute::LandInBox { country, boxes }), Shape::Area) => {
            let rings = compute::country_rings(topo, country)?;
            let mut kept = Vec::new();
            for [sw, ne] in boxes {
                let (sw, ne) = (parse_position(sw)?, parse_position(ne)?);
                let found = compute::rings_in_box(&rings, sw, ne);
                if found.is_empty() {
                    return Err(format!(
                        "no ring of country {country} lies inside the box {sw:?}–{ne:?}"
                    ));
                }
                kept.extend(
                    found
                        .iter()
                        .map(|r| douglas_peucker(&compute::project(r), TOLERANCE)),
                );
            }
            let (p, c) = areas(&kept, 0.0)?;
            (p, c, None)
        }
        (Some(_), _) => {
            return Err(
                "this recipe does not make that shape (equidistance: line; land-in-box: area)"
                    .into(),
            )
        }
        (None, Shape::Area) => {
            let (p, c) = areas(&[projected(&f.points)?], 0.0)?;
            (p, c, None)
        }
        (None, Shape::Line) => {
            let (p, c) = open_parts(&[projected(&f.points)?])?;
            (p, c, None)
        }
        (None, Shape::Dashes) => {
            let dashes = f
                .segments
                .iter()
                .map(|s| projected(s))
                .collect::<Result<Vec<_>, _>>()?;
            if dashes.iter().any(|d| d.len() < 2) {
                return Err("every dash needs two or more points".into());
            }
            let (p, c) = open_parts(&dashes)?;
            (p, c, None)
        }
        (None, Shape::Marker) => {
            let p = projected(&f.points)?
                .first()
                .copied()
                .ok_or("a marker needs its point")?;
            if !frame(0.0).contains(p) {
                return Err("the marker is outside the map's frame".into());
            }
            let r1 = |v: f64| (v * 10.0).round() / 10.0;
            (String::new(), false, Some((r1(p.x), r1(p.y))))
        }
    };
    Ok(Feature {
        input: f,
        segments,
        path,
        marker,
        cut,
    })
}

/// The points (lon, lat) of an equidistance recipe, from the land of the topology: each
/// coast is its country's land near the rows less what the recipe sets aside; the land
/// the line must not depend on is the third countries', the set-aside land and the
/// listed points.
fn equidistance_line(f: &FeatureIn, topo: &Topology) -> Result<Vec<[f64; 2]>, String> {
    let Some(Compute::Equidistance {
        west_of,
        east_of,
        south,
        north,
        step,
        west,
        east,
        unaffected_by,
        third_countries,
        set_aside,
    }) = &f.compute
    else {
        return Err("not an equidistance recipe".into());
    };
    let rows = Rows {
        south: *south,
        north: *north,
        step: *step,
        west: *west,
        east: *east,
    };
    let near = |id: &str| -> Result<Vec<[f64; 2]>, String> {
        Ok(compute::vertices_near(
            &compute::country_rings(topo, id)?,
            rows,
            8.0,
        ))
    };
    let boxes = set_aside
        .iter()
        .map(|[sw, ne]| Ok((parse_position(sw)?, parse_position(ne)?)))
        .collect::<Result<Vec<_>, String>>()?;
    let (west_land, mut others) = compute::set_aside(&near(west_of)?, &boxes);
    let (east_land, aside) = compute::set_aside(&near(east_of)?, &boxes);
    if !boxes.is_empty() && others.is_empty() && aside.is_empty() {
        return Err("no land of either country lies in the boxes set aside".into());
    }
    others.extend(aside);
    for id in third_countries {
        others.extend(near(id)?);
    }
    for s in unaffected_by {
        let (lon, lat) = parse_position(s)?;
        others.push([lon, lat]);
    }
    compute::equidistance(&west_land, &east_land, &others, rows)
}

/// Every feature built, in the inputs' order; the first error names the feature.
pub fn features<'a>(
    inputs: &'a Inputs,
    topo: &Topology,
    files: &Files,
) -> Result<Vec<Feature<'a>>, String> {
    let mut seen = std::collections::BTreeSet::new();
    let mut out = Vec::new();
    for f in &inputs.feature {
        if !seen.insert(f.id.as_str()) {
            return Err(format!("feature \"{}\" is given twice", f.id));
        }
        out.push(feature(f, topo, files).map_err(|e| format!("feature \"{}\": {e}", f.id))?);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One Natural Earth feature of the inputs, as an editor would write it, plus `extra`.
    fn inputs(extra: &str) -> Inputs {
        toml::from_str(&format!(
            "[[feature]]\nid = \"nine-dash-line/natural-earth\"\nshape = \"dashes\"\n\
             made = \"natural-earth\"\ncite = \"public-x file\"\nlicence = \"public domain\"\n\
             note_ja = \"注\"\nnote_en = \"note\"\n{extra}"
        ))
        .unwrap()
    }

    /// Two dashes of the Natural Earth file (their first, middle and last points).
    fn two_dashes() -> Files {
        let mut files = Files::new();
        files.insert(
            "ne/chn.geojson".to_owned(),
            vec![
                vec![
                    [121.838288, 21.724709],
                    [121.454512, 21.305765],
                    [121.081825, 20.878339],
                ],
                vec![
                    [119.024795, 15.898335],
                    [119.017757, 15.32583],
                    [119.010707, 14.750696],
                ],
            ],
        );
        files
    }

    /// A topology with no land (the file's features need none).
    fn no_land() -> Topology {
        serde_json::from_str(r#"{"arcs":[],"objects":{}}"#).unwrap()
    }

    #[test]
    fn a_natural_earth_file_is_drawn_dash_by_dash() {
        // Issue 22: the nine-dash line must stay separate dashes, never one line joined
        // across the gaps, and its table must give each dash's ends as the file does.
        let inputs = inputs("file = \"ne/chn.geojson\"");
        let built = features(&inputs, &no_land(), &two_dashes()).unwrap();
        let [f] = built.as_slice() else {
            panic!("{built:?}");
        };
        assert_eq!(f.path.matches('m').count(), 2, "{}", f.path);
        assert!(!f.cut);
        assert_eq!(
            f.segments,
            vec![
                vec!["21.724709°N 121.838288°E", "20.878339°N 121.081825°E"],
                vec!["15.898335°N 119.024795°E", "14.750696°N 119.010707°E"],
            ]
        );
    }

    /// Land without a transform: a west coast (country "1") from 24° N to 32° N with its
    /// shore at 121° E, an east coast ("2") with its shore at 126° E and an islet at
    /// 123.5° E, 26° N, and a third country ("3") with its shore along 33° N; shores
    /// with a vertex every 0.1°, as Natural Earth's are dense.
    fn three_coasts() -> Topology {
        let shore = |f: &dyn Fn(f64) -> [f64; 2], n: u32| -> Vec<[f64; 2]> {
            (0..=n).map(|i| f(f64::from(i) / 10.0)).collect()
        };
        let ring = |mut pts: Vec<[f64; 2]>, back: [[f64; 2]; 2]| {
            let first = pts[0];
            pts.extend(back);
            pts.push(first);
            serde_json::to_string(&pts).unwrap()
        };
        let west = ring(
            shore(&|t| [121.0, 24.0 + t], 80),
            [[120.0, 32.0], [120.0, 24.0]],
        );
        let east = ring(
            shore(&|t| [126.0, 32.0 - t], 80),
            [[127.0, 24.0], [127.0, 32.0]],
        );
        let third = ring(
            shore(&|t| [127.0 - t, 33.0], 70),
            [[120.0, 35.0], [127.0, 35.0]],
        );
        serde_json::from_str(&format!(
            r#"{{"arcs":[{west},{east},[[123.5,26],[123.6,26],[123.6,26.1],[123.5,26]],{third}],
             "objects":{{"countries":{{"type":"GeometryCollection","geometries":[
              {{"type":"Polygon","id":"1","arcs":[[0]]}},
              {{"type":"MultiPolygon","id":"2","arcs":[[[1]],[[2]]]}},
              {{"type":"Polygon","id":"3","arcs":[[3]]}}]}}}}}}"#
        ))
        .unwrap()
    }

    /// An equidistance feature with the recipe's optional fields in `extra`.
    fn median(extra: &str) -> Inputs {
        toml::from_str(&format!(
            "[[feature]]\nid = \"east-china-sea-lines/median\"\nshape = \"line\"\n\
             made = \"computed\"\ncite = \"public-x Art. 1\"\nlicence = \"public domain\"\n\
             note_ja = \"注\"\nnote_en = \"note\"\n\
             compute = {{ method = \"equidistance\", west_of = \"1\", east_of = \"2\", \
             south = 24.5, north = 34.0, step = 0.5, west = 121.5, east = 125.5{extra} }}"
        ))
        .unwrap()
    }

    #[test]
    fn an_equidistance_line_leaves_out_third_and_set_aside_land() {
        // Issue 22: Japan's median line is drawn only where neither South Korea's land
        // nor the islands set aside (the Senkakus) are nearer than the two coasts.
        let topo = three_coasts();
        let set = ", third_countries = [\"3\"], set_aside = [[\"25°50′N 123°20′E\", \"26°10′N 123°40′E\"]]";
        let inputs = median(set);
        let built = features(&inputs, &topo, &Files::new()).unwrap();
        let [f] = built.as_slice() else {
            panic!("{built:?}");
        };
        let ends: Vec<(f64, f64)> = f.segments[0]
            .iter()
            .map(|s| parse_position(s).unwrap())
            .collect();
        let [(lon0, lat0), (lon1, lat1)] = ends.as_slice() else {
            panic!("{:?}", f.segments);
        };
        // Halfway between the coasts, starting north of the islet, ending south of
        // the third country.
        assert!((lon0 - 123.5).abs() < 0.05 && (lon1 - 123.5).abs() < 0.05);
        assert!(*lat0 > 27.0 && *lat1 < 32.5, "{:?}", f.segments);
        // Without the third country the rows near it are drawn too.
        let no_third = median(", set_aside = [[\"25°50′N 123°20′E\", \"26°10′N 123°40′E\"]]");
        let more = features(&no_third, &topo, &Files::new()).unwrap();
        assert_ne!(more[0].segments, f.segments);
        // A box with no land in it is an error, not a silent no-op.
        let empty = median(", set_aside = [[\"29°N 123°E\", \"29°10′N 123°10′E\"]]");
        assert!(features(&empty, &topo, &Files::new()).is_err());
    }

    #[test]
    fn a_file_goes_with_natural_earth_dashes_only() {
        let (topo, files) = (no_land(), two_dashes());
        for extra in [
            "",
            "file = \"ne/other.geojson\"",
            "file = \"ne/chn.geojson\"\nsegments = [[\"1°N 100°E\", \"2°N 100°E\"]]",
        ] {
            assert!(features(&inputs(extra), &topo, &files).is_err(), "{extra}");
        }
        let line = toml::from_str::<Inputs>(
            "[[feature]]\nid = \"a/b\"\nshape = \"line\"\nmade = \"approximate\"\n\
             cite = \"public-x p. 1\"\nlicence = \"facts\"\nnote_ja = \"注\"\nnote_en = \"n\"\n\
             points = [\"1°N 100°E\", \"2°N 101°E\"]\nfile = \"ne/chn.geojson\"",
        )
        .unwrap();
        assert!(features(&line, &topo, &files).is_err());
    }
}
