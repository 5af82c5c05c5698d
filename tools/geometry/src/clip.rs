//! Clipping rings to the map rectangle (Sutherland–Hodgman), ring area, and the clean-up
//! of rings after rounding to whole units.

use hotspot_map_projection::Point;

/// An axis-aligned rectangle in output units.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    /// Left edge.
    pub x0: f64,
    /// Top edge.
    pub y0: f64,
    /// Right edge.
    pub x1: f64,
    /// Bottom edge.
    pub y1: f64,
}

impl Rect {
    /// True when `p` is inside or on the edge.
    pub fn contains(&self, p: Point) -> bool {
        p.x >= self.x0 && p.x <= self.x1 && p.y >= self.y0 && p.y <= self.y1
    }
}

#[derive(Clone, Copy)]
enum Edge {
    Left(f64),
    Right(f64),
    Top(f64),
    Bottom(f64),
}

impl Edge {
    fn inside(self, p: Point) -> bool {
        match self {
            Edge::Left(x) => p.x >= x,
            Edge::Right(x) => p.x <= x,
            Edge::Top(y) => p.y >= y,
            Edge::Bottom(y) => p.y <= y,
        }
    }

    /// Where the segment `a`–`b` (one end inside, one outside) crosses the edge. The
    /// crossing coordinate is set exactly, so rounding cannot push it outside.
    fn cross(self, a: Point, b: Point) -> Point {
        match self {
            Edge::Left(x) | Edge::Right(x) => {
                let t = (x - a.x) / (b.x - a.x);
                Point {
                    x,
                    y: a.y + t * (b.y - a.y),
                }
            }
            Edge::Top(y) | Edge::Bottom(y) => {
                let t = (y - a.y) / (b.y - a.y);
                Point {
                    x: a.x + t * (b.x - a.x),
                    y,
                }
            }
        }
    }
}

/// Clips a ring to `rect` with Sutherland–Hodgman, one rectangle edge at a time. The input
/// may be open or closed (first point repeated at the end); the output is closed (its
/// last point equals its first) and lies inside `rect`, or is empty when nothing of the
/// ring is inside. Concave rings that leave and re-enter keep connecting runs along the
/// rectangle's edge; filled, they cover exactly the clipped area.
pub fn clip_ring(ring: &[Point], rect: Rect) -> Vec<Point> {
    let mut pts: Vec<Point> = ring.to_vec();
    if pts.len() > 1 && pts.first() == pts.last() {
        pts.pop();
    }
    for edge in [
        Edge::Left(rect.x0),
        Edge::Right(rect.x1),
        Edge::Top(rect.y0),
        Edge::Bottom(rect.y1),
    ] {
        if pts.is_empty() {
            break;
        }
        let mut out = Vec::with_capacity(pts.len() + 4);
        let mut prev = pts[pts.len() - 1];
        for &cur in &pts {
            match (edge.inside(prev), edge.inside(cur)) {
                (true, true) => out.push(cur),
                (true, false) => out.push(edge.cross(prev, cur)),
                (false, true) => {
                    out.push(edge.cross(prev, cur));
                    out.push(cur);
                }
                (false, false) => {}
            }
            prev = cur;
        }
        pts = out;
    }
    if let Some(&first) = pts.first() {
        pts.push(first);
    }
    pts
}

/// Signed area of a ring by the shoelace formula (positive when clockwise on screen, where
/// y points down). Works on open or closed rings.
pub fn signed_area<T: Copy + Into<(f64, f64)>>(ring: &[T]) -> f64 {
    let n = ring.len();
    if n < 3 {
        return 0.0;
    }
    let mut sum = 0.0;
    for i in 0..n {
        let (x0, y0) = ring[i].into();
        let (x1, y1) = ring[(i + 1) % n].into();
        sum += x0 * y1 - x1 * y0;
    }
    sum / 2.0
}

/// A point rounded to whole output units.
pub type IPoint = (i64, i64);

/// Rounds a closed ring to whole units and cleans it: consecutive duplicates, collinear
/// middle points and back-and-forth spikes are removed. Returns a closed ring (last point
/// equals first) with at least three distinct points, or `None` when the ring has
/// collapsed or its area is below `min_area` square units.
pub fn round_ring(ring: &[Point], min_area: f64) -> Option<Vec<IPoint>> {
    let mut pts: Vec<IPoint> = Vec::with_capacity(ring.len());
    for p in ring {
        let q = (p.x.round() as i64, p.y.round() as i64);
        if pts.last() != Some(&q) {
            pts.push(q);
        }
    }
    if pts.len() > 1 && pts.first() == pts.last() {
        pts.pop();
    }
    // Remove points that add nothing: repeated, or on the straight line (or a spike)
    // between their neighbours. Repeat until stable, treating the ring as cyclic.
    let mut changed = true;
    while changed && pts.len() >= 3 {
        changed = false;
        let mut i = 0;
        while i < pts.len() && pts.len() >= 3 {
            let n = pts.len();
            let (a, b, c) = (pts[(i + n - 1) % n], pts[i], pts[(i + 1) % n]);
            let cross = (b.0 - a.0) * (c.1 - b.1) - (b.1 - a.1) * (c.0 - b.0);
            if a == b || cross == 0 {
                pts.remove(i);
                changed = true;
            } else {
                i += 1;
            }
        }
    }
    if pts.len() < 3 {
        return None;
    }
    let area = signed_area(
        &pts.iter()
            .map(|&(x, y)| (x as f64, y as f64))
            .collect::<Vec<_>>(),
    );
    if area.abs() < min_area {
        return None;
    }
    let first = pts[0];
    pts.push(first);
    Some(pts)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pt(x: f64, y: f64) -> Point {
        Point { x, y }
    }

    const RECT: Rect = Rect {
        x0: 0.0,
        y0: 0.0,
        x1: 100.0,
        y1: 100.0,
    };

    #[test]
    fn inside_ring_is_unchanged_and_closed() {
        let ring = vec![
            pt(10.0, 10.0),
            pt(50.0, 10.0),
            pt(50.0, 50.0),
            pt(10.0, 10.0),
        ];
        assert_eq!(clip_ring(&ring, RECT), ring);
    }

    #[test]
    fn outside_ring_vanishes() {
        let ring = vec![pt(200.0, 10.0), pt(250.0, 10.0), pt(250.0, 50.0)];
        assert!(clip_ring(&ring, RECT).is_empty());
    }

    #[test]
    fn straddling_ring_is_bounded_and_closed() {
        // A big diamond around the rectangle's corner and a concave "C" shape crossing it.
        let rings = vec![
            vec![
                pt(-50.0, 50.0),
                pt(50.0, -50.0),
                pt(150.0, 50.0),
                pt(50.0, 150.0),
            ],
            vec![
                pt(-20.0, 20.0),
                pt(120.0, 20.0),
                pt(120.0, 40.0),
                pt(30.0, 40.0),
                pt(30.0, 60.0),
                pt(120.0, 60.0),
                pt(120.0, 80.0),
                pt(-20.0, 80.0),
            ],
        ];
        for ring in rings {
            let out = clip_ring(&ring, RECT);
            assert!(out.len() >= 4);
            assert_eq!(out.first(), out.last(), "ring not closed");
            assert!(
                out.iter().all(|&p| RECT.contains(p)),
                "{out:?} leaves the rectangle"
            );
        }
    }

    #[test]
    fn clipped_area_is_the_intersection() {
        // A square half outside: 50..150 × 25..75 keeps 50..100 × 25..75.
        let ring = vec![
            pt(50.0, 25.0),
            pt(150.0, 25.0),
            pt(150.0, 75.0),
            pt(50.0, 75.0),
        ];
        let out = clip_ring(&ring, RECT);
        assert!((signed_area(&out).abs() - 2500.0).abs() < 1e-9);
    }

    #[test]
    fn rounding_drops_slivers_and_keeps_closure() {
        let tiny = vec![pt(0.1, 0.1), pt(0.4, 0.2), pt(0.2, 0.4), pt(0.1, 0.1)];
        assert_eq!(round_ring(&tiny, 1.0), None);
        let square = vec![
            pt(0.0, 0.0),
            pt(5.2, 0.0),
            pt(10.0, 0.1),
            pt(10.0, 10.0),
            pt(0.0, 9.8),
            pt(0.0, 0.0),
        ];
        let out = round_ring(&square, 1.0);
        assert_eq!(out, Some(vec![(0, 0), (10, 0), (10, 10), (0, 10), (0, 0)]));
        assert_eq!(round_ring(&square, 200.0), None, "below the minimum area");
    }
}
