//! The projection of the `<hotspot-map>`: longitude/latitude in degrees to the map's SVG
//! user units.
//!
//! One definition, shared by the geometry tool (`tools/geometry`, which projects the
//! Natural Earth coastlines once and writes `widgets/hotspot-map/geometry.toml`), by
//! the content step (`content/`, which projects hotspot labels, regions and disputed
//! features from the lon/lat in `widgets/hotspot-map/hotspots.toml`) and by the widget
//! (`src/hotspot_map/projection.rs` re-exports it). Pure arithmetic: no dependencies, no
//! formatting, no view code, no panics.
//!
//! The projection is the spherical Mercator (the sphere's radius is irrelevant because
//! the result is scaled to the view box): `x = λ`, `y = ln(tan(π/4 + φ/2))`, both in
//! radians. It is conformal, so the shapes of Japan, Korea and Taiwan look right from
//! the equator to 46° N. The lon/lat rectangle of [`EAST_ASIA`] maps onto the view box
//! `0 0 width height` with north up: the west edge at `x = 0`, the north edge at `y = 0`.

#![deny(missing_docs)]

/// Highest (and, negated, lowest) latitude the projection accepts, in degrees. Mercator
/// sends the poles to infinity, so latitudes beyond this are clamped to it (the usual
/// web-map limit, where the projected map becomes square).
pub const MAX_LAT: f64 = 85.051_128_779_806_59;

/// A point in the map's SVG user units (`x` to the east, `y` to the south).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    /// Horizontal coordinate, 0 at the west edge of the map.
    pub x: f64,
    /// Vertical coordinate, 0 at the north edge of the map.
    pub y: f64,
}

impl From<Point> for (f64, f64) {
    /// `(x, y)`.
    fn from(p: Point) -> Self {
        (p.x, p.y)
    }
}

/// A spherical Mercator projection of the lon/lat rectangle `west..east` × `south..north`
/// (degrees) onto a view box `width` units wide; the height follows from the projection
/// (see [`Projection::height`]).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Projection {
    /// Longitude of the left edge, degrees east.
    pub west: f64,
    /// Longitude of the right edge, degrees east.
    pub east: f64,
    /// Latitude of the bottom edge, degrees north.
    pub south: f64,
    /// Latitude of the top edge, degrees north.
    pub north: f64,
    /// Width of the view box in SVG user units.
    pub width: f64,
}

/// The hotspot map's frame: 98° E to 150° E, 0° to 46° N (from the Malay Peninsula and
/// Borneo to Hokkaido and the Pacific east of Japan), 1000 units wide and about 998.6
/// units high.
pub const EAST_ASIA: Projection = Projection {
    west: 98.0,
    east: 150.0,
    south: 0.0,
    north: 46.0,
    width: 1000.0,
};

/// The Mercator ordinate of a latitude: `ln(tan(π/4 + φ/2))`, in radians of the unit
/// sphere, with `lat` (degrees) clamped to ±[`MAX_LAT`]. Increases to the north.
pub fn mercator_y(lat: f64) -> f64 {
    let phi = lat.clamp(-MAX_LAT, MAX_LAT).to_radians();
    (std::f64::consts::FRAC_PI_4 + phi / 2.0).tan().ln()
}

/// The latitude (degrees) whose Mercator ordinate is `y`: the inverse of [`mercator_y`],
/// `2·atan(exp(y)) − π/2`.
pub fn inverse_mercator_y(y: f64) -> f64 {
    (2.0 * y.exp().atan() - std::f64::consts::FRAC_PI_2).to_degrees()
}

impl Projection {
    /// SVG user units per radian of longitude (and per unit of Mercator ordinate).
    pub fn scale(&self) -> f64 {
        self.width / (self.east - self.west).to_radians()
    }

    /// Height of the view box in SVG user units: the projected span of `south..north`.
    pub fn height(&self) -> f64 {
        (mercator_y(self.north) - mercator_y(self.south)) * self.scale()
    }

    /// The view box as `[min_x, min_y, width, height]`, with the height rounded up to a
    /// whole unit so that the whole frame is inside it.
    pub fn view_box(&self) -> [f64; 4] {
        [0.0, 0.0, self.width, self.height().ceil()]
    }

    /// Projects `lon`, `lat` (degrees) to SVG user units. Points outside the frame get
    /// coordinates outside the view box (negative, or beyond width/height); latitudes
    /// beyond ±[`MAX_LAT`] are clamped.
    pub fn project(&self, lon: f64, lat: f64) -> Point {
        let scale = self.scale();
        Point {
            x: (lon - self.west).to_radians() * scale,
            y: (mercator_y(self.north) - mercator_y(lat)) * scale,
        }
    }

    /// The inverse of [`Projection::project`]: SVG user units back to `(lon, lat)` in
    /// degrees.
    pub fn invert(&self, p: Point) -> (f64, f64) {
        let scale = self.scale();
        let lon = self.west + (p.x / scale).to_degrees();
        let lat = inverse_mercator_y(mercator_y(self.north) - p.y / scale);
        (lon, lat)
    }

    /// True when `lon`, `lat` (degrees) lies inside the frame, edges included.
    pub fn contains(&self, lon: f64, lat: f64) -> bool {
        (self.west..=self.east).contains(&lon) && (self.south..=self.north).contains(&lat)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Tolerance for the city tests, in SVG user units (one unit is about 5.8 km of
    /// longitude at the equator, 4.7 km at Tokyo's latitude).
    const TOL: f64 = 0.5;

    fn near(p: Point, x: f64, y: f64) -> bool {
        (p.x - x).abs() <= TOL && (p.y - y).abs() <= TOL
    }

    // Expected values computed independently (Python, math.log/math.tan) from the
    // formulas in the module documentation.
    #[test]
    fn tokyo() {
        let p = EAST_ASIA.project(139.69, 35.69);
        assert!(near(p, 801.73, 262.98), "Tokyo at {p:?}");
    }

    #[test]
    fn taipei() {
        let p = EAST_ASIA.project(121.56, 25.03);
        assert!(near(p, 453.08, 501.14), "Taipei at {p:?}");
    }

    #[test]
    fn seoul() {
        let p = EAST_ASIA.project(126.98, 37.57);
        assert!(near(p, 557.31, 217.93), "Seoul at {p:?}");
    }

    #[test]
    fn manila() {
        let p = EAST_ASIA.project(120.98, 14.60);
        assert!(near(p, 441.92, 714.71), "Manila at {p:?}");
    }

    #[test]
    fn cities_keep_their_relative_places() {
        let tokyo = EAST_ASIA.project(139.69, 35.69);
        let seoul = EAST_ASIA.project(126.98, 37.57);
        let taipei = EAST_ASIA.project(121.56, 25.03);
        let manila = EAST_ASIA.project(120.98, 14.60);
        assert!(tokyo.x > seoul.x && seoul.x > taipei.x && taipei.x > manila.x);
        assert!(seoul.y < tokyo.y && tokyo.y < taipei.y && taipei.y < manila.y);
    }

    #[test]
    fn frame_corners_map_to_the_view_box() {
        let nw = EAST_ASIA.project(98.0, 46.0);
        let se = EAST_ASIA.project(150.0, 0.0);
        assert!(near(nw, 0.0, 0.0), "north-west corner at {nw:?}");
        assert!(near(se, 1000.0, 998.57), "south-east corner at {se:?}");
        assert_eq!(EAST_ASIA.view_box(), [0.0, 0.0, 1000.0, 999.0]);
    }

    #[test]
    fn invert_round_trips() {
        for &(lon, lat) in &[
            (139.69, 35.69),
            (121.56, 25.03),
            (100.0, 1.0),
            (149.0, 45.9),
        ] {
            let (lon2, lat2) = EAST_ASIA.invert(EAST_ASIA.project(lon, lat));
            assert!((lon - lon2).abs() < 1e-9 && (lat - lat2).abs() < 1e-9);
        }
    }

    #[test]
    fn poles_are_clamped_and_finite() {
        let p = EAST_ASIA.project(120.0, 90.0);
        let q = EAST_ASIA.project(120.0, -90.0);
        assert!(p.y.is_finite() && q.y.is_finite() && p.y < q.y);
        assert!(mercator_y(90.0) == mercator_y(MAX_LAT));
    }

    #[test]
    fn contains_is_the_frame() {
        assert!(EAST_ASIA.contains(139.69, 35.69));
        assert!(EAST_ASIA.contains(98.0, 0.0));
        assert!(!EAST_ASIA.contains(151.0, 20.0));
        assert!(!EAST_ASIA.contains(120.0, -1.0));
    }
}
