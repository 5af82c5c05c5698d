//! The model's inputs, their defaults and how out-of-range values are clamped.
//!
//! Every input is sanitised before use: `NaN` becomes the default, anything else
//! (infinities included) is clamped into its range. No input can make the model
//! produce `NaN` or leave an output range.

/// Lowest policy mix: all deterrence.
pub const MIX_MIN: f64 = 0.0;
/// Highest policy mix: all reassurance.
pub const MIX_MAX: f64 = 100.0;
/// Default policy mix (balanced).
pub const DEFAULT_MIX: f64 = 50.0;

/// Highest misperception probability the model accepts.
pub const MISPERCEPTION_MAX: f64 = 0.5;
/// Step of the misperception control (five percentage points).
pub const MISPERCEPTION_STEP: f64 = 0.05;
/// Default misperception probability: about one signal in seven is misread.
pub const DEFAULT_MISPERCEPTION: f64 = 0.15;

/// Reciprocity of an adversary that answers reassurance with restraint.
pub const RECIPROCATES: f64 = 1.0;
/// Reciprocity of an adversary that pockets reassurance and gives nothing back.
pub const DOES_NOT_RECIPROCATE: f64 = 0.0;
/// Default reciprocity: the adversary reciprocates.
pub const DEFAULT_RECIPROCITY: f64 = RECIPROCATES;

/// Default number of rounds.
pub const DEFAULT_ROUNDS: u32 = 20;
/// Largest number of rounds (the tension series is a fixed-size array, no allocation).
pub const MAX_ROUNDS: usize = 60;

/// Default seed of the incident generator ("seed 004, 2025-03-31").
pub const DEFAULT_SEED: u64 = 0x5EED_0004_2025_0331;

/// The inputs of one model run.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Params {
    /// Policy mix of side A, `0..=100`: 0 = all deterrence, 100 = all reassurance.
    pub mix: f64,
    /// Probability `0.0..=0.5` that a signal is misread by the side receiving it.
    pub misperception: f64,
    /// How far side B answers genuine reassurance with restraint, `0.0..=1.0`.
    pub reciprocity: f64,
    /// Number of rounds, `1..=MAX_ROUNDS`.
    pub rounds: u32,
    /// Seed of the incident generator; the same seed gives the same run everywhere.
    pub seed: u64,
}

impl Default for Params {
    fn default() -> Self {
        Self {
            mix: DEFAULT_MIX,
            misperception: DEFAULT_MISPERCEPTION,
            reciprocity: DEFAULT_RECIPROCITY,
            rounds: DEFAULT_ROUNDS,
            seed: DEFAULT_SEED,
        }
    }
}

impl Params {
    /// Default rounds and seed with the given mix, misperception and reciprocity.
    pub fn new(mix: f64, misperception: f64, reciprocity: f64) -> Self {
        Self {
            mix,
            misperception,
            reciprocity,
            ..Self::default()
        }
    }

    /// The same parameters with another mix.
    pub fn with_mix(self, mix: f64) -> Self {
        Self { mix, ..self }
    }

    /// The same parameters with another seed.
    pub fn with_seed(self, seed: u64) -> Self {
        Self { seed, ..self }
    }

    /// Every field clamped into its range (`NaN` becomes the field's default).
    pub fn sanitized(&self) -> Self {
        Self {
            mix: clamp_or(self.mix, MIX_MIN, MIX_MAX, DEFAULT_MIX),
            misperception: clamp_or(
                self.misperception,
                0.0,
                MISPERCEPTION_MAX,
                DEFAULT_MISPERCEPTION,
            ),
            reciprocity: clamp_or(self.reciprocity, 0.0, 1.0, DEFAULT_RECIPROCITY),
            rounds: self.rounds.clamp(1, MAX_ROUNDS as u32),
            seed: self.seed,
        }
    }
}

/// `value` clamped into `lo..=hi`, or `default` when `value` is `NaN`. Never panics
/// (`f64::clamp` asserts `lo <= hi`, and its message would link Rust's float
/// formatting into the wasm): when `lo > hi` the result is `lo`.
pub fn clamp_or(value: f64, lo: f64, hi: f64, default: f64) -> f64 {
    if value.is_nan() {
        return default;
    }
    let v = if value > hi { hi } else { value };
    if v < lo {
        lo
    } else {
        v
    }
}

/// A slider value as a whole-number mix `0..=100`: rounded, clamped, `NaN` → default.
pub fn clamp_mix(value: f64) -> u8 {
    let v = clamp_or(value, MIX_MIN, MIX_MAX, DEFAULT_MIX).round();
    // `v` is a whole number in 0..=100 here, so the cast is exact.
    v as u8
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_the_documented_ones() {
        let p = Params::default();
        assert_eq!(p.mix, 50.0);
        assert_eq!(p.misperception, 0.15);
        assert_eq!(p.reciprocity, 1.0);
        assert_eq!(p.rounds, 20);
        assert_eq!(p, p.sanitized());
    }

    #[test]
    fn nan_becomes_default_and_infinities_clamp() {
        let p = Params {
            mix: f64::NAN,
            misperception: f64::NAN,
            reciprocity: f64::NAN,
            rounds: 0,
            seed: 1,
        }
        .sanitized();
        assert_eq!(p.mix, DEFAULT_MIX);
        assert_eq!(p.misperception, DEFAULT_MISPERCEPTION);
        assert_eq!(p.reciprocity, DEFAULT_RECIPROCITY);
        assert_eq!(p.rounds, 1);

        let hi = Params::new(f64::INFINITY, f64::INFINITY, f64::INFINITY).sanitized();
        assert_eq!(
            (hi.mix, hi.misperception, hi.reciprocity),
            (100.0, 0.5, 1.0)
        );
        let lo = Params::new(f64::NEG_INFINITY, -3.0, -0.1).sanitized();
        assert_eq!((lo.mix, lo.misperception, lo.reciprocity), (0.0, 0.0, 0.0));
        let many = Params {
            rounds: u32::MAX,
            ..Params::default()
        };
        assert_eq!(many.sanitized().rounds as usize, MAX_ROUNDS);
    }

    #[test]
    fn clamp_mix_rounds_and_clamps() {
        assert_eq!(clamp_mix(40.0), 40);
        assert_eq!(clamp_mix(39.6), 40);
        assert_eq!(clamp_mix(-5.0), 0);
        assert_eq!(clamp_mix(250.0), 100);
        assert_eq!(clamp_mix(f64::NAN), 50);
        assert_eq!(clamp_mix(f64::INFINITY), 100);
        assert_eq!(clamp_mix(f64::NEG_INFINITY), 0);
    }
}
