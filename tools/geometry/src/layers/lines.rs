//! Open lines on the map: clipping a polyline to the frame (Liang–Barsky, segment by
//! segment, so a line that leaves and comes back becomes several parts), rounding to
//! whole units, the test that a line or ring does not cross itself, and the SVG path of
//! open parts.

use hotspot_map_projection::Point;

use crate::clip::{IPoint, Rect};

/// The part of segment `a`–`b` inside `r`, if any (Liang–Barsky).
fn clip_segment(a: Point, b: Point, r: Rect) -> Option<(Point, Point)> {
    let (dx, dy) = (b.x - a.x, b.y - a.y);
    let (mut t0, mut t1) = (0.0_f64, 1.0_f64);
    for (p, q) in [
        (-dx, a.x - r.x0),
        (dx, r.x1 - a.x),
        (-dy, a.y - r.y0),
        (dy, r.y1 - a.y),
    ] {
        if p == 0.0 {
            if q < 0.0 {
                return None;
            }
            continue;
        }
        let t = q / p;
        if p < 0.0 {
            t0 = t0.max(t);
        } else {
            t1 = t1.min(t);
        }
        if t0 > t1 {
            return None;
        }
    }
    let at = |t: f64| Point {
        x: a.x + t * dx,
        y: a.y + t * dy,
    };
    Some((at(t0), at(t1)))
}

/// Clips a polyline to `r`: the parts inside, each of two or more points, and whether
/// anything was cut off.
pub fn clip_line(line: &[Point], r: Rect) -> (Vec<Vec<Point>>, bool) {
    let mut parts: Vec<Vec<Point>> = Vec::new();
    let mut cut = false;
    let mut current: Vec<Point> = Vec::new();
    for w in line.windows(2) {
        match clip_segment(w[0], w[1], r) {
            Some((p, q)) => {
                if p != w[0] {
                    cut = true;
                }
                if current.last() != Some(&p) {
                    if current.len() >= 2 {
                        parts.push(std::mem::take(&mut current));
                    }
                    current = vec![p];
                }
                current.push(q);
                if q != w[1] {
                    cut = true;
                    parts.push(std::mem::take(&mut current));
                }
            }
            None => {
                cut = true;
                if current.len() >= 2 {
                    parts.push(std::mem::take(&mut current));
                }
                current.clear();
            }
        }
    }
    if current.len() >= 2 {
        parts.push(current);
    }
    (parts, cut)
}

/// Rounds an open line to whole units, dropping repeated points; `None` when fewer than
/// two distinct points remain.
pub fn round_line(line: &[Point]) -> Option<Vec<IPoint>> {
    let mut pts: Vec<IPoint> = Vec::with_capacity(line.len());
    for p in line {
        let q = (p.x.round() as i64, p.y.round() as i64);
        if pts.last() != Some(&q) {
            pts.push(q);
        }
    }
    (pts.len() >= 2).then_some(pts)
}

/// Orientation of the turn `a` → `b` → `c`: positive, negative or zero (collinear).
fn turn(a: IPoint, b: IPoint, c: IPoint) -> i64 {
    ((b.0 - a.0) * (c.1 - a.1) - (b.1 - a.1) * (c.0 - a.0)).signum()
}

/// True when `c` lies on segment `a`–`b` (given that the three are collinear).
fn on_segment(a: IPoint, b: IPoint, c: IPoint) -> bool {
    c.0 >= a.0.min(b.0) && c.0 <= a.0.max(b.0) && c.1 >= a.1.min(b.1) && c.1 <= a.1.max(b.1)
}

/// True when segments `p1`–`p2` and `q1`–`q2` meet (touching counts).
fn segments_meet(p1: IPoint, p2: IPoint, q1: IPoint, q2: IPoint) -> bool {
    let (d1, d2) = (turn(q1, q2, p1), turn(q1, q2, p2));
    let (d3, d4) = (turn(p1, p2, q1), turn(p1, p2, q2));
    if d1 * d2 < 0 && d3 * d4 < 0 {
        return true;
    }
    (d1 == 0 && on_segment(q1, q2, p1))
        || (d2 == 0 && on_segment(q1, q2, p2))
        || (d3 == 0 && on_segment(p1, p2, q1))
        || (d4 == 0 && on_segment(p1, p2, q2))
}

/// The first pair of segments (by index) of `pts` that meet although they are not
/// neighbours. `closed`: the last point is joined back to the first (a ring, given
/// without its first point repeated).
pub fn self_crossing(pts: &[IPoint], closed: bool) -> Option<(usize, usize)> {
    let n = pts.len();
    let segs = if closed { n } else { n.saturating_sub(1) };
    let seg = |i: usize| (pts[i], pts[(i + 1) % n]);
    for i in 0..segs {
        for j in i + 2..segs {
            if closed && i == 0 && j == segs - 1 {
                continue;
            }
            let ((a, b), (c, d)) = (seg(i), seg(j));
            if segments_meet(a, b, c, d) {
                return Some((i, j));
            }
        }
    }
    None
}

/// Open parts as one SVG path, relative commands (`m`, then implicit line-tos), whole
/// units; the first `m` is absolute.
pub fn encode_lines(parts: &[Vec<IPoint>]) -> String {
    crate::write::encode_parts(parts, false)
}

#[cfg(test)]
mod tests {
    use super::*;

    const R: Rect = Rect {
        x0: 0.0,
        y0: 0.0,
        x1: 10.0,
        y1: 10.0,
    };

    fn p(x: f64, y: f64) -> Point {
        Point { x, y }
    }

    #[test]
    fn a_line_inside_is_kept_whole() {
        let (parts, cut) = clip_line(&[p(1.0, 1.0), p(5.0, 5.0), p(9.0, 1.0)], R);
        assert!(!cut);
        assert_eq!(parts.len(), 1);
        assert_eq!(parts[0].len(), 3);
    }

    #[test]
    fn a_line_that_leaves_and_returns_becomes_two_parts() {
        let line = [p(1.0, 5.0), p(15.0, 5.0), p(15.0, 8.0), p(1.0, 8.0)];
        let (parts, cut) = clip_line(&line, R);
        assert!(cut);
        assert_eq!(parts.len(), 2);
        assert_eq!(parts[0], vec![p(1.0, 5.0), p(10.0, 5.0)]);
        assert_eq!(parts[1], vec![p(10.0, 8.0), p(1.0, 8.0)]);
        let (none, cut) = clip_line(&[p(20.0, 20.0), p(30.0, 20.0)], R);
        assert!(none.is_empty() && cut);
    }

    #[test]
    fn crossings_are_found_and_neighbours_are_not_crossings() {
        let square = [(0, 0), (10, 0), (10, 10), (0, 10)];
        assert_eq!(self_crossing(&square, true), None);
        let bow_tie = [(0, 0), (10, 10), (10, 0), (0, 10)];
        assert!(self_crossing(&bow_tie, true).is_some());
        let zigzag = [(0, 0), (5, 5), (10, 0), (15, 5)];
        assert_eq!(self_crossing(&zigzag, false), None);
        let back = [(0, 0), (10, 0), (10, 5), (5, -5)];
        assert!(self_crossing(&back, false).is_some());
    }

    #[test]
    fn open_paths_are_relative_and_have_no_close() {
        let s = encode_lines(&[vec![(1, 2), (4, 6)], vec![(3, 3), (3, 1)]]);
        assert_eq!(s, "m1 2 3 4m2 1 0-2");
        assert!(!s.contains('z'));
    }
}
