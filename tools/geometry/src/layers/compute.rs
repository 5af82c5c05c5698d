//! Computed features: a line equidistant from two countries' land, and a country's
//! islands inside given boxes, both from the same Natural Earth land as the map.

use hotspot_map_projection::Point;

use crate::topojson::{self, Topology};

/// The rings (lon, lat) of country `id` in the topology.
pub fn country_rings(topo: &Topology, id: &str) -> Result<Vec<Vec<[f64; 2]>>, String> {
    let arcs = topojson::decode_arcs(&topo.arcs, topo.transform.as_ref());
    let countries = topo
        .objects
        .get("countries")
        .ok_or("the topology has no `countries` object")?;
    let geom = countries
        .geometries
        .iter()
        .find(|g| g.id_string().as_deref() == Some(id))
        .ok_or_else(|| format!("the topology has no country with id \"{id}\""))?;
    let mut rings = Vec::new();
    for polygon in geom.polygons()? {
        for refs in polygon {
            rings.push(topojson::stitch(&arcs, &refs)?);
        }
    }
    Ok(rings)
}

/// Great-circle distance between two (lon, lat) points in degrees, as an angle in
/// radians (haversine).
fn distance(a: [f64; 2], b: [f64; 2]) -> f64 {
    let (la1, la2) = (a[1].to_radians(), b[1].to_radians());
    let dlat = la2 - la1;
    let dlon = (b[0] - a[0]).to_radians();
    let h = (dlat / 2.0).sin().powi(2) + la1.cos() * la2.cos() * (dlon / 2.0).sin().powi(2);
    2.0 * h.sqrt().min(1.0).asin()
}

/// The distance from `p` to the nearest of `vertices`.
fn nearest(p: [f64; 2], vertices: &[[f64; 2]]) -> f64 {
    vertices
        .iter()
        .map(|&v| distance(p, v))
        .fold(f64::INFINITY, f64::min)
}

/// The row recipe of an equidistance line.
#[derive(Debug, Clone, Copy)]
pub struct Rows {
    /// First row's latitude (degrees).
    pub south: f64,
    /// Last row's latitude.
    pub north: f64,
    /// Distance between rows.
    pub step: f64,
    /// Western end of each row's search (degrees east).
    pub west: f64,
    /// Eastern end.
    pub east: f64,
}

/// The points (lon, lat) equidistant from the land `west_land` (to the west) and
/// `east_land` (to the east), one per row, each found by bisection to 1e-6°. A row where
/// the two distances do not change order between the ends of the search is an error. A
/// row's point is left out when one of `others` is nearer to it than the two coasts; the
/// points kept must be consecutive rows.
pub fn equidistance(
    west_land: &[[f64; 2]],
    east_land: &[[f64; 2]],
    others: &[[f64; 2]],
    rows: Rows,
) -> Result<Vec<[f64; 2]>, String> {
    if !(rows.step > 0.0 && rows.north > rows.south && rows.east > rows.west) {
        return Err("an equidistance recipe needs south < north, west < east and step > 0".into());
    }
    let count = ((rows.north - rows.south) / rows.step).round() as usize;
    let mut out = Vec::with_capacity(count + 1);
    let mut gap = false;
    for k in 0..=count {
        let lat = rows.south + k as f64 * rows.step;
        let f = |lon: f64| nearest([lon, lat], west_land) - nearest([lon, lat], east_land);
        let (mut lo, mut hi) = (rows.west, rows.east);
        if !(f(lo) < 0.0 && f(hi) > 0.0) {
            return Err(format!(
                "at {lat:.3}° N the land to the west is not nearer at {lo}° E and farther at \
                 {hi}° E: widen the search or change the rows"
            ));
        }
        while hi - lo > 1e-6 {
            let mid = (lo + hi) / 2.0;
            if f(mid) < 0.0 {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        let p = [(lo + hi) / 2.0, lat];
        if nearest(p, others) < nearest(p, east_land) {
            if !out.is_empty() {
                gap = true;
            }
            continue;
        }
        if gap {
            return Err(format!(
                "at {lat:.3}° N the line is free of the other land again after a gap: draw \
                 two features or change the rows"
            ));
        }
        out.push(p);
    }
    if out.len() < 2 {
        return Err("fewer than two rows are free of the other land".into());
    }
    Ok(out)
}

/// Every vertex of `rings` within `margin` degrees of the box `west..east` ×
/// `south..north` (the land that can be nearest to a point of the box).
pub fn vertices_near(rings: &[Vec<[f64; 2]>], rows: Rows, margin: f64) -> Vec<[f64; 2]> {
    rings
        .iter()
        .flatten()
        .copied()
        .filter(|v| {
            v[0] >= rows.west - margin
                && v[0] <= rows.east + margin
                && v[1] >= rows.south - margin
                && v[1] <= rows.north + margin
        })
        .collect()
}

/// A box: its south-west and north-east corners, (lon, lat).
pub type LonLatBox = ((f64, f64), (f64, f64));

/// Splits `land` into the vertices outside every box and those inside one (boxes as
/// south-west and north-east corners, (lon, lat)): the land an equidistance line sets
/// aside, so that it counts for neither coast.
pub fn set_aside(land: &[[f64; 2]], boxes: &[LonLatBox]) -> (Vec<[f64; 2]>, Vec<[f64; 2]>) {
    land.iter().partition(|v| {
        !boxes
            .iter()
            .any(|(sw, ne)| v[0] >= sw.0 && v[0] <= ne.0 && v[1] >= sw.1 && v[1] <= ne.1)
    })
}

/// A point (lon, lat) as this tool writes a computed line's ends: degrees to two
/// decimals, latitude first (`"29.97°N 125.86°E"`), readable by `parse_position`.
pub fn as_approximate(p: [f64; 2]) -> String {
    let hemi = |v: f64, pos: char, neg: char| {
        let r = (v.abs() * 100.0).round() / 100.0;
        format!("{r:.2}°{}", if v < 0.0 { neg } else { pos })
    };
    format!("{} {}", hemi(p[1], 'N', 'S'), hemi(p[0], 'E', 'W'))
}

/// The rings wholly inside the box with corners `sw` and `ne` ((lon, lat)).
pub fn rings_in_box(rings: &[Vec<[f64; 2]>], sw: (f64, f64), ne: (f64, f64)) -> Vec<Vec<[f64; 2]>> {
    rings
        .iter()
        .filter(|r| {
            r.iter()
                .all(|v| v[0] >= sw.0 && v[0] <= ne.0 && v[1] >= sw.1 && v[1] <= ne.1)
        })
        .cloned()
        .collect()
}

/// Projects (lon, lat) points with the map's projection.
pub fn project(points: &[[f64; 2]]) -> Vec<Point> {
    let proj = hotspot_map_projection::EAST_ASIA;
    points.iter().map(|p| proj.project(p[0], p[1])).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_line_between_two_coasts_lies_halfway() {
        // Two north–south coasts at 120° E and 124° E: the line runs along 122° E.
        let west: Vec<[f64; 2]> = (0..=20)
            .map(|i| [120.0, 25.0 + f64::from(i) * 0.5])
            .collect();
        let east: Vec<[f64; 2]> = (0..=20)
            .map(|i| [124.0, 25.0 + f64::from(i) * 0.5])
            .collect();
        let rows = Rows {
            south: 28.0,
            north: 32.0,
            step: 1.0,
            west: 120.5,
            east: 123.5,
        };
        let line = equidistance(&west, &east, &[], rows).unwrap_or_default();
        assert_eq!(line.len(), 5);
        for p in line {
            assert!((p[0] - 122.0).abs() < 0.01, "{p:?}");
        }
        let wrong = Rows {
            west: 124.5,
            east: 126.0,
            ..rows
        };
        assert!(equidistance(&west, &east, &[], wrong).is_err());
        // An island at 122.5° E, 32° N: the northern rows near it are left out.
        let kept = equidistance(&west, &east, &[[122.5, 32.0]], rows).unwrap_or_default();
        assert!(!kept.is_empty() && kept.len() < 5, "{kept:?}");
        assert!(kept.iter().all(|p| p[1] < 32.0));
        // An island in the middle rows splits the line: an error, not a silent gap.
        assert!(equidistance(&west, &east, &[[122.2, 30.0]], rows).is_err());
    }

    /// A ragged west coast near 121° E and an east coast of islands near 127° E, with a
    /// small island at 124° E, 26° N that belongs to neither in the recipe.
    fn ragged() -> (Vec<[f64; 2]>, Vec<[f64; 2]>, [f64; 2]) {
        let west = (0..=80)
            .map(|i| {
                let lat = 24.0 + f64::from(i) * 0.1;
                [121.0 + 0.3 * (lat * 3.0).sin(), lat]
            })
            .collect();
        let east = (0..=40)
            .map(|i| {
                let lat = 24.0 + f64::from(i) * 0.2;
                [
                    127.0 + 0.4 * (lat * 2.0).cos() + 0.1 * f64::from(i % 3),
                    lat,
                ]
            })
            .collect();
        (west, east, [124.0, 26.0])
    }

    fn rows() -> Rows {
        Rows {
            south: 25.0,
            north: 31.0,
            step: 0.1,
            west: 122.0,
            east: 126.5,
        }
    }

    #[test]
    fn every_point_is_equidistant_from_the_two_coasts() {
        let (west, east, island) = ragged();
        let line = equidistance(&west, &east, &[island], rows()).unwrap_or_default();
        assert!(line.len() > 20, "{}", line.len());
        for p in &line {
            // Within 1e-6° of longitude of the crossing: 1e-7 rad is about 0.6 m.
            let gap = (nearest(*p, &west) - nearest(*p, &east)).abs();
            assert!(gap < 1e-7, "{p:?}: {gap}");
        }
    }

    #[test]
    fn the_line_kept_does_not_depend_on_the_land_set_aside() {
        // Issue 22: Japan's median line drawn from this map's land must not depend on
        // how the Senkakus (or Taiwan, or South Korea's land) are counted. The rows kept
        // are the same whether the island set aside is given to neither coast, to the
        // west or to the east.
        let (west, east, island) = ragged();
        let kept = equidistance(&west, &east, &[island], rows()).unwrap_or_default();
        let south = kept.first().map_or(0.0, |p| p[1]);
        assert!(south > 26.0, "rows near the island are left out: {south}");
        let with = |land: &[[f64; 2]], to_west: bool| {
            let mut more = land.to_vec();
            more.push(island);
            let (w, e) = if to_west {
                (more, east.clone())
            } else {
                (west.clone(), more)
            };
            equidistance(&w, &e, &[], rows()).unwrap_or_default()
        };
        for line in [with(&west, true), with(&east, false)] {
            for p in &kept {
                assert!(line.contains(p), "{p:?} moved");
            }
        }
        // And the island does change the rows left out (so the test can fail).
        assert_ne!(with(&west, true), with(&east, false));
    }

    #[test]
    fn the_line_is_the_same_every_time_and_does_not_cross_itself() {
        let (west, east, island) = ragged();
        let a = equidistance(&west, &east, &[island], rows()).unwrap_or_default();
        let b = equidistance(&west, &east, &[island], rows()).unwrap_or_default();
        assert!(a
            .iter()
            .zip(&b)
            .all(|(p, q)| p[0].to_bits() == q[0].to_bits()));
        assert_eq!(a.len(), b.len());
        let drawn: Vec<Point> = project(&a);
        let ints: Vec<crate::clip::IPoint> = drawn
            .iter()
            .map(|p| ((p.x * 10.0).round() as i64, (p.y * 10.0).round() as i64))
            .collect();
        assert_eq!(super::super::lines::self_crossing(&ints, false), None);
    }

    #[test]
    fn land_in_a_box_is_set_aside_and_ends_read_back() {
        let land = [[123.5, 25.75], [127.0, 26.0]];
        let boxes = [((123.3, 25.6), (124.7, 26.0))];
        let (kept, aside) = set_aside(&land, &boxes);
        assert_eq!(kept, vec![[127.0, 26.0]]);
        assert_eq!(aside, vec![[123.5, 25.75]]);
        let s = as_approximate([125.9661, 30.1504]);
        assert_eq!(s, "30.15°N 125.97°E");
        assert!(crate::layers::input::parse_position(&s).is_ok());
    }

    #[test]
    fn only_rings_wholly_inside_the_box_are_kept() {
        let inside = vec![[145.5, 43.5], [145.6, 43.5], [145.6, 43.6]];
        let across = vec![[144.9, 43.5], [145.6, 43.5], [145.6, 43.6]];
        let kept = rings_in_box(&[inside.clone(), across], (145.0, 43.0), (149.0, 46.0));
        assert_eq!(kept, vec![inside]);
    }
}
