//! Douglas–Peucker line simplification, in output (SVG) units.

use hotspot_map_projection::Point;

/// Distance from `p` to the segment `a`–`b` (to `a` itself when the segment is a point).
pub fn segment_distance(p: Point, a: Point, b: Point) -> f64 {
    let (dx, dy) = (b.x - a.x, b.y - a.y);
    let len2 = dx * dx + dy * dy;
    if len2 == 0.0 {
        return ((p.x - a.x).powi(2) + (p.y - a.y).powi(2)).sqrt();
    }
    let t = (((p.x - a.x) * dx + (p.y - a.y) * dy) / len2).clamp(0.0, 1.0);
    let (cx, cy) = (a.x + t * dx, a.y + t * dy);
    ((p.x - cx).powi(2) + (p.y - cy).powi(2)).sqrt()
}

/// Douglas–Peucker: keeps the first and last points, and recursively every point that is
/// farther than `tolerance` from the chord of the stretch it lies in. The result is a
/// subsequence of `points` (so it never leaves their bounding box), and no dropped point
/// is farther than `tolerance` from the simplified line. Iterative (no deep recursion on
/// long coastlines). Inputs of two points or fewer are returned unchanged.
pub fn douglas_peucker(points: &[Point], tolerance: f64) -> Vec<Point> {
    let n = points.len();
    if n <= 2 {
        return points.to_vec();
    }
    let mut keep = vec![false; n];
    keep[0] = true;
    keep[n - 1] = true;
    let mut stack = vec![(0usize, n - 1)];
    while let Some((first, last)) = stack.pop() {
        if last <= first + 1 {
            continue;
        }
        let (a, b) = (points[first], points[last]);
        let mut worst = (first, -1.0_f64);
        for (i, &p) in points.iter().enumerate().take(last).skip(first + 1) {
            let d = segment_distance(p, a, b);
            if d > worst.1 {
                worst = (i, d);
            }
        }
        if worst.1 > tolerance {
            keep[worst.0] = true;
            stack.push((first, worst.0));
            stack.push((worst.0, last));
        }
    }
    points
        .iter()
        .zip(keep)
        .filter_map(|(&p, k)| k.then_some(p))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pt(x: f64, y: f64) -> Point {
        Point { x, y }
    }

    #[test]
    fn reduces_points_and_keeps_endpoints() {
        // A gentle zig-zag (amplitude 0.2) along a line, with one big bump in the middle.
        let mut line: Vec<Point> = (0..=100)
            .map(|i| pt(f64::from(i), if i % 2 == 0 { 0.0 } else { 0.2 }))
            .collect();
        line[50] = pt(50.0, 10.0);
        let out = douglas_peucker(&line, 0.5);
        assert!(
            out.len() < line.len() / 10,
            "kept {} of {}",
            out.len(),
            line.len()
        );
        assert_eq!(out.first(), line.first());
        assert_eq!(out.last(), line.last());
        assert!(out.contains(&pt(50.0, 10.0)), "the bump must survive");
    }

    #[test]
    fn dropped_points_stay_within_tolerance() {
        let line: Vec<Point> = (0..200)
            .map(|i| {
                let t = f64::from(i) / 10.0;
                pt(t * 10.0, (t).sin() * 30.0)
            })
            .collect();
        let tol = 0.8;
        let out = douglas_peucker(&line, tol);
        for &p in &line {
            let d = out
                .windows(2)
                .map(|w| segment_distance(p, w[0], w[1]))
                .fold(f64::INFINITY, f64::min);
            assert!(d <= tol + 1e-9, "{p:?} is {d} away");
        }
    }

    #[test]
    fn closed_rings_keep_their_closing_point() {
        let ring = vec![
            pt(0.0, 0.0),
            pt(5.0, 0.1),
            pt(10.0, 0.0),
            pt(10.0, 10.0),
            pt(0.0, 10.0),
            pt(0.0, 0.0),
        ];
        let out = douglas_peucker(&ring, 0.5);
        assert_eq!(out.first(), out.last());
        assert_eq!(out.len(), 5);
    }

    #[test]
    fn short_inputs_are_unchanged() {
        let two = vec![pt(0.0, 0.0), pt(1.0, 1.0)];
        assert_eq!(douglas_peucker(&two, 5.0), two);
        assert!(douglas_peucker(&[], 1.0).is_empty());
    }
}
