//! The named zones along the deterrence–reassurance axis. Their ids, bounds and order
//! are generated from `widgets/deterrence-slider/content.toml`, their one owner, into
//! the slider's content ([`crate::content::Zone`], with [`zone_for`]); their words are
//! in the slider's words file, keyed by position. Only the lookups are written here.

pub use crate::content::{zone_for, Zone};

impl Zone {
    /// The zone with this id, if any.
    pub fn from_id(id: &str) -> Option<Zone> {
        Zone::ALL.into_iter().find(|z| z.id() == id)
    }

    /// Position in [`Zone::ALL`] (0 = deterrence end).
    pub const fn index(self) -> usize {
        self as usize
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
        assert_eq!(zone_for(255), Zone::ALL[Zone::ALL.len() - 1]);
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

    /// The model's teaching claim that the balanced stretch has the lowest risk by
    /// default (`balanced/2` in content.toml) holds for the content's zones.
    #[test]
    fn the_default_lowest_risk_mix_is_in_the_balanced_zone() {
        let best = crate::model::lowest_risk_mix(&crate::model::Params::default());
        assert_eq!(zone_for(best).id(), "balanced");
    }
}
