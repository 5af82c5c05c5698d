//! Where a popover goes: below its trigger when it fits (else above, else wherever
//! there is more room), centred on it, shifted sideways to stay inside the viewport.

/// A rectangle in CSS pixels, viewport coordinates.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    /// Left edge.
    pub x: f64,
    /// Top edge.
    pub y: f64,
    /// Width.
    pub w: f64,
    /// Height.
    pub h: f64,
}

/// Which side of the trigger the popover is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// Under the trigger.
    Below,
    /// Over the trigger.
    Above,
}

impl Side {
    /// The value of the popover's `data-side` attribute (the arrow follows it).
    pub fn as_str(self) -> &'static str {
        match self {
            Side::Below => "below",
            Side::Above => "above",
        }
    }
}

/// The popover's top-left corner and side.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Placement {
    /// Left edge.
    pub x: f64,
    /// Top edge.
    pub y: f64,
    /// Side of the trigger.
    pub side: Side,
}

impl Placement {
    /// The CSS `translate` that moves the popover (fixed at the viewport's top left)
    /// here, in whole pixels: `"12px 40px"` (integer formatting keeps float formatting
    /// code out of the bundle). One property, so one update per move.
    pub fn translate(&self) -> String {
        let px = |v: f64| {
            let whole = if v.is_finite() { v.round() as i64 } else { 0 };
            [crate::num::decimal(whole).as_str(), "px"].concat()
        };
        [px(self.x), " ".into(), px(self.y)].concat()
    }
}

/// Gap between trigger and popover, and minimum distance to the viewport edges.
pub const GAP: f64 = 8.0;
/// Minimum distance from the viewport edges.
pub const MARGIN: f64 = 8.0;

fn finite(v: f64) -> f64 {
    if v.is_finite() {
        v
    } else {
        0.0
    }
}

fn clamp_start(start: f64, size: f64, limit: f64) -> f64 {
    let max = (limit - MARGIN - size).max(MARGIN);
    crate::num::clamp(start, MARGIN, max)
}

/// Places a popover of size `pop_w` × `pop_h` next to `anchor` inside a viewport of
/// `view_w` × `view_h`. Non-finite inputs are treated as zero.
pub fn place(anchor: Rect, pop_w: f64, pop_h: f64, view_w: f64, view_h: f64) -> Placement {
    let (ax, ay, aw, ah) = (
        finite(anchor.x),
        finite(anchor.y),
        finite(anchor.w),
        finite(anchor.h),
    );
    let (pw, ph, vw, vh) = (finite(pop_w), finite(pop_h), finite(view_w), finite(view_h));
    let room_below = vh - (ay + ah) - GAP - MARGIN;
    let room_above = ay - GAP - MARGIN;
    let side = if ph <= room_below || room_below >= room_above {
        Side::Below
    } else {
        Side::Above
    };
    let y = match side {
        Side::Below => ay + ah + GAP,
        Side::Above => ay - GAP - ph,
    };
    let x = clamp_start(ax + aw / 2.0 - pw / 2.0, pw, vw);
    Placement {
        x,
        y: clamp_start(y, ph, vh),
        side,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const VIEW: (f64, f64) = (800.0, 600.0);

    fn anchor(x: f64, y: f64) -> Rect {
        Rect {
            x,
            y,
            w: 40.0,
            h: 20.0,
        }
    }

    #[test]
    fn below_and_centred_when_there_is_room() {
        let p = place(anchor(380.0, 100.0), 200.0, 150.0, VIEW.0, VIEW.1);
        assert_eq!(p.side, Side::Below);
        assert_eq!(p.y, 128.0);
        assert_eq!(p.x, 300.0);
    }

    #[test]
    fn flips_above_near_the_bottom() {
        let p = place(anchor(380.0, 540.0), 200.0, 150.0, VIEW.0, VIEW.1);
        assert_eq!(p.side, Side::Above);
        assert_eq!(p.y, 540.0 - 8.0 - 150.0);
    }

    #[test]
    fn shifts_sideways_to_stay_inside() {
        let left = place(anchor(0.0, 100.0), 300.0, 100.0, VIEW.0, VIEW.1);
        assert_eq!(left.x, MARGIN);
        let right = place(anchor(780.0, 100.0), 300.0, 100.0, VIEW.0, VIEW.1);
        assert_eq!(right.x, 800.0 - MARGIN - 300.0);
    }

    #[test]
    fn a_popover_wider_than_the_viewport_starts_at_the_margin() {
        let p = place(anchor(100.0, 100.0), 1000.0, 100.0, 320.0, 600.0);
        assert_eq!(p.x, MARGIN);
    }

    #[test]
    fn too_tall_for_either_side_takes_the_larger_and_stays_on_screen() {
        let p = place(anchor(100.0, 100.0), 200.0, 900.0, VIEW.0, VIEW.1);
        assert_eq!(p.side, Side::Below);
        assert!(p.y >= MARGIN);
        let p = place(anchor(100.0, 500.0), 200.0, 900.0, VIEW.0, VIEW.1);
        assert_eq!(p.side, Side::Above);
        assert_eq!(p.y, MARGIN);
    }

    #[test]
    fn nonsense_input_gives_finite_output() {
        let p = place(
            Rect {
                x: f64::NAN,
                y: f64::INFINITY,
                w: -5.0,
                h: f64::NAN,
            },
            f64::NAN,
            1e308,
            0.0,
            f64::NEG_INFINITY,
        );
        assert!(p.x.is_finite() && p.y.is_finite());
    }

    #[test]
    fn the_translate_is_in_whole_pixels() {
        let p = |x, y| Placement {
            x,
            y,
            side: Side::Below,
        };
        assert_eq!(p(12.4, 40.6).translate(), "12px 41px");
        assert_eq!(p(-3.5, 0.0).translate(), "-4px 0px");
        assert_eq!(p(f64::NAN, f64::INFINITY).translate(), "0px 0px");
    }
}
