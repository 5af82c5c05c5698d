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

    #[test]
    fn only_rings_wholly_inside_the_box_are_kept() {
        let inside = vec![[145.5, 43.5], [145.6, 43.5], [145.6, 43.6]];
        let across = vec![[144.9, 43.5], [145.6, 43.5], [145.6, 43.6]];
        let kept = rings_in_box(&[inside.clone(), across], (145.0, 43.0), (149.0, 46.0));
        assert_eq!(kept, vec![inside]);
    }
}
