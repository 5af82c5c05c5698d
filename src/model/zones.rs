//! The five named zones along the deterrence–reassurance axis.
//!
//! The words shown for each zone (name, `aria-valuetext`, explanation) live in
//! `widgets/deterrence-slider/content.toml`, keyed by [`Zone::id`]; this file only
//! fixes the boundaries.

/// A stretch of the policy axis with its own name and explanation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Zone {
    /// Mix 0–19: deterrence only (抑止一辺倒).
    DeterrenceOnly,
    /// Mix 20–39: mostly deterrence (抑止寄り).
    MostlyDeterrence,
    /// Mix 40–60: balanced (均衡).
    Balanced,
    /// Mix 61–80: mostly reassurance (安心供与寄り).
    MostlyReassurance,
    /// Mix 81–100: reassurance only (安心供与一辺倒).
    ReassuranceOnly,
}

impl Zone {
    /// Every zone, from the deterrence end to the reassurance end.
    pub const ALL: [Zone; 5] = [
        Zone::DeterrenceOnly,
        Zone::MostlyDeterrence,
        Zone::Balanced,
        Zone::MostlyReassurance,
        Zone::ReassuranceOnly,
    ];

    /// Stable kebab-case id (used in content files and the `deterrence-change` event).
    pub const fn id(self) -> &'static str {
        match self {
            Zone::DeterrenceOnly => "deterrence-only",
            Zone::MostlyDeterrence => "mostly-deterrence",
            Zone::Balanced => "balanced",
            Zone::MostlyReassurance => "mostly-reassurance",
            Zone::ReassuranceOnly => "reassurance-only",
        }
    }

    /// The zone with this id, if any.
    pub fn from_id(id: &str) -> Option<Zone> {
        Zone::ALL.into_iter().find(|z| z.id() == id)
    }

    /// Position in [`Zone::ALL`] (0 = deterrence end).
    pub const fn index(self) -> usize {
        self as usize
    }

    /// Lowest mix in the zone.
    pub const fn min(self) -> u8 {
        match self {
            Zone::DeterrenceOnly => 0,
            Zone::MostlyDeterrence => 20,
            Zone::Balanced => 40,
            Zone::MostlyReassurance => 61,
            Zone::ReassuranceOnly => 81,
        }
    }

    /// Highest mix in the zone (inclusive).
    pub const fn max(self) -> u8 {
        match self {
            Zone::DeterrenceOnly => 19,
            Zone::MostlyDeterrence => 39,
            Zone::Balanced => 60,
            Zone::MostlyReassurance => 80,
            Zone::ReassuranceOnly => 100,
        }
    }
}

/// The zone containing `mix` (values above 100 count as 100).
pub const fn zone_for(mix: u8) -> Zone {
    match mix {
        0..=19 => Zone::DeterrenceOnly,
        20..=39 => Zone::MostlyDeterrence,
        40..=60 => Zone::Balanced,
        61..=80 => Zone::MostlyReassurance,
        _ => Zone::ReassuranceOnly,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boundaries() {
        let cases = [
            (0, Zone::DeterrenceOnly),
            (19, Zone::DeterrenceOnly),
            (20, Zone::MostlyDeterrence),
            (39, Zone::MostlyDeterrence),
            (40, Zone::Balanced),
            (50, Zone::Balanced),
            (60, Zone::Balanced),
            (61, Zone::MostlyReassurance),
            (80, Zone::MostlyReassurance),
            (81, Zone::ReassuranceOnly),
            (100, Zone::ReassuranceOnly),
            (255, Zone::ReassuranceOnly),
        ];
        for (mix, zone) in cases {
            assert_eq!(zone_for(mix), zone, "mix {mix}");
        }
    }

    #[test]
    fn zones_tile_the_axis_and_agree_with_zone_for() {
        let mut next = 0_u16;
        for (i, z) in Zone::ALL.into_iter().enumerate() {
            assert_eq!(z.index(), i);
            assert_eq!(
                u16::from(z.min()),
                next,
                "{} starts where the last ended",
                z.id()
            );
            assert!(z.min() <= z.max());
            for mix in z.min()..=z.max() {
                assert_eq!(zone_for(mix), z);
            }
            next = u16::from(z.max()) + 1;
        }
        assert_eq!(next, 101);
    }

    #[test]
    fn ids_round_trip_and_are_kebab_case() {
        for z in Zone::ALL {
            assert_eq!(Zone::from_id(z.id()), Some(z));
            assert!(z.id().chars().all(|c| c.is_ascii_lowercase() || c == '-'));
        }
        assert_eq!(Zone::from_id("Balanced"), None);
        assert_eq!(Zone::from_id(""), None);
    }
}
