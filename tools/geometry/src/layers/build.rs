//! Builds each feature of the inputs: parses or computes its points, projects them,
//! clips them to the map's frame and rounds them, checking what the layers promise
//! (areas closed, lines of two or more points, nothing crossing itself, every record
//! complete).

use hotspot_map_projection::{Point, EAST_ASIA};

use super::compute::{self, Rows};
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

/// One built feature.
#[derive(Debug)]
pub struct Feature<'a> {
    /// Its inputs (the record is written out as it is).
    pub input: &'a FeatureIn,
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
    match (f.made, &f.compute) {
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

/// One feature built.
fn feature<'a>(f: &'a FeatureIn, topo: &Topology) -> Result<Feature<'a>, String> {
    check_record(f)?;
    let (path, cut, marker) = match (&f.compute, f.shape) {
        (
            Some(Compute::Equidistance {
                west_of,
                east_of,
                south,
                north,
                step,
                west,
                east,
                unaffected_by,
            }),
            Shape::Line,
        ) => {
            let others = unaffected_by
                .iter()
                .map(|s| parse_position(s).map(|(lon, lat)| [lon, lat]))
                .collect::<Result<Vec<_>, _>>()?;
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
            let line = compute::equidistance(&near(west_of)?, &near(east_of)?, &others, rows)?;
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
        path,
        marker,
        cut,
    })
}

/// Every feature built, in the inputs' order; the first error names the feature.
pub fn features<'a>(inputs: &'a Inputs, topo: &Topology) -> Result<Vec<Feature<'a>>, String> {
    let mut seen = std::collections::BTreeSet::new();
    let mut out = Vec::new();
    for f in &inputs.feature {
        if !seen.insert(f.id.as_str()) {
            return Err(format!("feature \"{}\" is given twice", f.id));
        }
        out.push(feature(f, topo).map_err(|e| format!("feature \"{}\": {e}", f.id))?);
    }
    Ok(out)
}
