//! One model run: the equations of the module docs, in the same order and numbering.

use super::params::{Params, MAX_ROUNDS};
use super::rng::SplitMix64;

/// Initial tension `T_0`.
pub const T0: f64 = 0.30;
/// `KAPPA`: how much a signal loses credibility when the other kind is missing (eq. 1).
pub const KAPPA: f64 = 0.6;
/// `OMEGA`: how far a reciprocating adversary refrains from probing perceived weakness (eq. 5).
pub const OMEGA: f64 = 0.5;
/// `PSI`: share of genuine reassurance a non-reciprocating adversary pockets (eq. 5).
pub const PSI: f64 = 0.5;
/// `PI0`: criticism at home that any reassurance draws, reciprocated or not (eq. 6).
pub const PI0: f64 = 0.25;
/// `ZETA`: how much less sharply a reciprocating adversary answers threats (eq. 7).
pub const ZETA: f64 = 0.1;
/// `A_K`: weight of counter-measures in the rise of tension (eq. 8).
pub const A_K: f64 = 0.25;
/// `A_X`: weight of probing in the rise of tension (eq. 8).
pub const A_X: f64 = 0.15;
/// `A_I`: weight of random incidents in the rise of tension (eq. 8).
pub const A_I: f64 = 0.15;
/// `A_Y`: weight of reciprocated restraint in the fall of tension (eq. 9).
pub const A_Y: f64 = 0.30;
/// `A_G`: weight of believed reassurance in the fall of tension (eq. 9).
pub const A_G: f64 = 0.10;
/// `H_T`: crisis hazard per round from tension, times `T^2` (eq. 11).
pub const H_T: f64 = 0.12;
/// `H_X`: crisis hazard per round from probing (eq. 11).
pub const H_X: f64 = 0.03;
/// `H_P`: crisis hazard per round from appeasement pressure at home (eq. 11).
pub const H_P: f64 = 0.02;
/// Number of seeded runs averaged into one outcome.
pub const RUNS: usize = 8;

// Eq. 10 stays a weighted average of `T_t`, 0 and 1 only while the weights that move
// tension sum to less than 1 (the crate docs rely on it): checked when it compiles.
const _: () = assert!(
    A_K + A_X + A_I + A_Y + A_G < 1.0,
    "the weights of eqs. 8 and 9 must sum to less than 1"
);

/// The outputs' ids, in the order of the fields of [`Outcome`] (eqs. 12 to 15): what
/// [`Outcome::output`] answers to, and the gauges the slider's content must have.
pub const OUTPUTS: [&str; 4] = ["spiral", "exploitation", "appeasement", "overall"];

/// What one policy does before the rounds start (eqs. 1 to 6): all in `0..=1`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Signals {
    /// `g`: A's reassurance that B believes.
    pub believed_reassurance: f64,
    /// `w`: A's reassurance that B reads as weakness or a trick.
    pub read_as_weakness: f64,
    /// `a`: A's deterrence that B reads as defensive.
    pub read_as_defensive: f64,
    /// `h`: A's deterrence that B reads as offensive.
    pub read_as_offensive: f64,
    /// `y`: B's restraint in return.
    pub restraint: f64,
    /// `x`: B's probing of A (grey-zone pressure, faits accomplis).
    pub probing: f64,
    /// `P`: pressure at home against "appeasement".
    pub appeasement: f64,
}

/// The result of one model run (averaged over [`RUNS`] seeded runs).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Outcome {
    series: [f64; MAX_ROUNDS + 1],
    len: usize,
    /// Spiral (security-dilemma) risk `S`, `0..=1` (eq. 12).
    pub spiral: f64,
    /// Exploitation / weakness risk `E`, `0..=1` (eq. 13).
    pub exploitation: f64,
    /// Domestic appeasement pressure `P`, `0..=1` (eq. 14).
    pub appeasement: f64,
    /// Overall risk `R` of at least one crisis over the rounds, `0..=1` (eq. 15).
    pub overall: f64,
}

impl Outcome {
    /// Mean tension `T_0, T_1, …, T_N`, each in `0..=1` (`N + 1` values).
    pub fn tension(&self) -> &[f64] {
        self.series.get(..self.len).unwrap_or(&[])
    }

    /// Number of rounds `N` (the series has one more value: the start).
    pub fn rounds(&self) -> usize {
        self.len.saturating_sub(1)
    }

    /// The output named `id` (one of [`OUTPUTS`], the ids the slider's content gives
    /// its gauges: the content compiler checks them against the same list); `None` for
    /// any other id.
    pub fn output(&self, id: &str) -> Option<f64> {
        let values = [
            self.spiral,
            self.exploitation,
            self.appeasement,
            self.overall,
        ];
        let i = OUTPUTS.iter().position(|o| *o == id)?;
        values.get(i).copied()
    }

    /// Tension after the last round, `T_N`.
    pub fn final_tension(&self) -> f64 {
        self.tension().last().copied().unwrap_or(T0)
    }
}

/// `v` forced into `0..=1` (a guard: the equations already keep it there).
fn unit(v: f64) -> f64 {
    if v.is_nan() {
        0.0
    } else {
        v.clamp(0.0, 1.0)
    }
}

/// Equations 1 to 6 for a policy mix `m` (`0..=1`), misperception `p`, reciprocity `q`.
pub fn signals(m: f64, p: f64, q: f64) -> Signals {
    let r = unit(m);
    let d = 1.0 - r;
    let p = p.clamp(0.0, 1.0);
    let q = unit(q);
    // (1) each kind of signal is believed only when the other kind backs it up.
    let c_r = 1.0 - KAPPA * r * r;
    let c_d = 1.0 - KAPPA * d * d;
    // (2) reassurance: believed, or read as weakness / a trick.
    let g = r * (1.0 - p) * c_r;
    let w = r - g;
    // (3) deterrence: read as defensive, or as offensive.
    let a = d * (1.0 - p) * c_d;
    let h = d - a;
    // (4) B's restraint in return.
    let y = q * g;
    // (5) B's probing: perceived weakness, plus pocketed concessions, less what
    //     credible deterrence discourages.
    let x = ((1.0 - OMEGA * q) * w + PSI * (1.0 - q) * g) * (1.0 - a);
    // (6) pressure at home.
    let pressure = PI0 * r + (1.0 - PI0) * (r - y);
    Signals {
        believed_reassurance: unit(g),
        read_as_weakness: unit(w),
        read_as_defensive: unit(a),
        read_as_offensive: unit(h),
        restraint: unit(y),
        probing: unit(x),
        appeasement: unit(pressure),
    }
}

/// Runs the model (equations 1 to 15) for `params`, sanitised first.
///
/// Allocation-free: the tension series lives in a fixed array inside [`Outcome`].
pub fn simulate(params: &Params) -> Outcome {
    let params = params.sanitized();
    let p = params.misperception;
    let q = params.reciprocity;
    let n = params.rounds as usize;
    let s = signals(params.mix / 100.0, p, q);
    let (g, h, y, x, pressure) = (
        s.believed_reassurance,
        s.read_as_offensive,
        s.restraint,
        s.probing,
        s.appeasement,
    );
    // (9) what pulls tension down does not change from round to round.
    let down = A_Y * y + A_G * g;
    let hazard_fixed = H_X * x + H_P * pressure;

    let mut rng = SplitMix64::new(params.seed);
    let mut sums = [0.0_f64; MAX_ROUNDS + 1];
    let mut spiral_sum = 0.0;
    let mut overall_sum = 0.0;
    for _ in 0..RUNS {
        let mut t = T0;
        let mut counter_sum = 0.0;
        let mut calm = 1.0; // probability of no crisis so far
        if let Some(first) = sums.first_mut() {
            *first += t;
        }
        for slot in sums.iter_mut().skip(1).take(n) {
            // Incident size: mostly small, now and then large.
            let u = rng.next_unit();
            let z = u * u * u;
            // (7) counter-measures, amplified by tension.
            let k = h * (1.0 + t) / 2.0 * (1.0 - ZETA * q);
            // (8) what pushes tension up.
            let up = A_K * k + A_X * x + A_I * z * (p + (1.0 - p) * t) * (1.0 - y);
            // (10) tension moves.
            t = unit(t + up * (1.0 - t) - down * t);
            // (11) hazard of a crisis in this round.
            let hazard = unit(H_T * t * t + hazard_fixed);
            calm *= 1.0 - hazard;
            counter_sum += k;
            *slot += t;
        }
        // (12) spiral risk of this run.
        let k_mean = counter_sum / n as f64;
        let rest = 1.0 - unit(k_mean);
        spiral_sum += 1.0 - rest * rest * rest;
        // (15) overall risk of this run.
        overall_sum += 1.0 - calm;
    }
    let runs = RUNS as f64;
    for v in sums.iter_mut() {
        *v = unit(*v / runs);
    }
    Outcome {
        series: sums,
        len: n + 1,
        spiral: unit(spiral_sum / runs),
        exploitation: x,
        appeasement: pressure,
        overall: unit(overall_sum / runs),
    }
}

/// The mix `0..=100` with the lowest overall risk for `params` (other fields kept);
/// the smallest such mix on a tie. 101 runs: a few hundred microseconds at most.
pub fn lowest_risk_mix(params: &Params) -> u8 {
    let mut best = (0_u8, f64::INFINITY);
    for mix in 0..=100_u8 {
        let risk = simulate(&params.with_mix(f64::from(mix))).overall;
        if risk < best.1 {
            best = (mix, risk);
        }
    }
    best.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signals_split_each_kind_without_loss() {
        for m in 0..=100 {
            let s = signals(f64::from(m) / 100.0, 0.15, 1.0);
            let r = f64::from(m) / 100.0;
            assert!((s.believed_reassurance + s.read_as_weakness - r).abs() < 1e-12);
            assert!((s.read_as_defensive + s.read_as_offensive - (1.0 - r)).abs() < 1e-12);
        }
    }

    #[test]
    fn worked_example_matches_the_docs() {
        // mix 50, p = 0.15, q = 1: the numbers quoted in the module docs.
        let s = signals(0.5, 0.15, 1.0);
        assert!((s.believed_reassurance - 0.36125).abs() < 1e-12);
        assert!((s.read_as_offensive - 0.13875).abs() < 1e-12);
        assert!((s.restraint - 0.36125).abs() < 1e-12);
        assert!((s.appeasement - 0.22906_25).abs() < 1e-12);
    }

    #[test]
    fn series_has_start_plus_one_value_per_round() {
        let o = simulate(&Params::default());
        assert_eq!(o.tension().len(), 21);
        assert_eq!(o.rounds(), 20);
        assert_eq!(o.tension().first().copied(), Some(T0));
        let one = simulate(&Params {
            rounds: 1,
            ..Params::default()
        });
        assert_eq!(one.tension().len(), 2);
    }

    #[test]
    fn outputs_are_named_in_field_order() {
        let o = simulate(&Params::default());
        let fields = [o.spiral, o.exploitation, o.appeasement, o.overall];
        for (id, v) in OUTPUTS.iter().zip(fields) {
            assert_eq!(o.output(id), Some(v), "{id}");
        }
        assert_eq!(o.output("nope"), None);
    }

    #[test]
    fn default_lowest_risk_mix_is_balanced() {
        let best = lowest_risk_mix(&Params::default());
        assert!((40..=60).contains(&best), "{best}");
    }
}
