//! The escalation model behind the deterrence-versus-reassurance slider.
//!
//! Its own crate so that its one set of numbers serves both the widget (which runs it)
//! and the content compiler (which fills them into the reader-facing prose:
//! `{model.NAME}` in `widgets/deterrence-slider/content.toml`, named in
//! `compiler/src/model_numbers.rs`).
//!
//! **This is a teaching model, not a forecast.** It turns the argument of seed 004
//! (Kai He, *US-China Reassurance: Theory and Practice*, Toda Peace Institute Policy
//! Brief No. 217, 31 March 2025) into a few explicit rules so that a reader can see
//! *why* the brief calls deterrence and reassurance complements: too much deterrence
//! feeds the security-dilemma spiral; reassurance that nothing backs up is read as
//! weakness abroad and as appeasement at home; misperception makes both worse. The
//! constants are chosen to show that logic clearly, not estimated from data, and the
//! numbers it prints are not probabilities of anything in the real world.
//!
//! Pure Rust, no dependencies, no allocation (the tension series is a fixed array),
//! deterministic: the same [`Params`] give bit-identical results on every machine,
//! because the rules use only `+ - * /` and the integer generator in [`rng`].
//!
//! # Actors and inputs
//!
//! Two states: A (the reader's side, whose policy the slider sets) and B (the
//! adversary). A's policy is fixed for the whole run; B reacts round by round.
//!
//! | input | symbol | range | default |
//! | --- | --- | --- | --- |
//! | policy mix ([`Params::mix`]) | `mix` | [`MIX_MIN`] (all deterrence) ..= [`MIX_MAX`] (all reassurance) | [`DEFAULT_MIX`] |
//! | misperception ([`Params::misperception`]) | `p` | 0 ..= [`MISPERCEPTION_MAX`] | [`DEFAULT_MISPERCEPTION`] |
//! | reciprocity of B ([`Params::reciprocity`]) | `q` | [`DOES_NOT_RECIPROCATE`] ..= [`RECIPROCATES`] | [`DEFAULT_RECIPROCITY`] |
//! | rounds ([`Params::rounds`]) | `N` | 1 ..= [`MAX_ROUNDS`] | [`DEFAULT_ROUNDS`] |
//! | seed ([`Params::seed`]) | — | any `u64` | [`DEFAULT_SEED`] |
//!
//! Inputs are clamped first: `NaN` becomes the default, anything else is clamped into
//! its range (see [`Params::sanitized`]).
//!
//! # The rules
//!
//! Shares of A's effort: `r = mix / 100` (reassurance) and `d = 1 - r` (deterrence).
//! Constants (their values in the [`simulate`](mod@simulate) module): [`KAPPA`],
//! [`OMEGA`], [`PSI`], [`PI0`], [`ZETA`], [`A_K`], [`A_X`], [`A_I`], [`A_Y`], [`A_G`],
//! [`H_T`], [`H_X`], [`H_P`], [`T0`] (`T_0`), [`RUNS`].
//!
//! How B reads A's signals and answers them (fixed for the run, [`signals`]):
//!
//! ```text
//! (1) c_R = 1 - KAPPA * r^2          credibility of A's reassurance (falls when
//!     c_D = 1 - KAPPA * d^2          little deterrence backs it) and of the defensive
//!                                    reading of A's deterrence (falls when little
//!                                    reassurance accompanies it)
//! (2) g = r * (1 - p) * c_R          reassurance that B believes
//!     w = r - g                      reassurance read as weakness or as a trick
//! (3) a = d * (1 - p) * c_D          deterrence read as defensive
//!     h = d - a                      deterrence read as offensive
//! (4) y = q * g                      B's restraint in return (reciprocity)
//! (5) x = ((1 - OMEGA*q) * w + PSI * (1 - q) * g) * (1 - a)
//!                                    B's probing: it tests perceived weakness and
//!                                    pockets concessions it does not return, less
//!                                    what A's credible deterrence discourages
//! (6) P = PI0 * r + (1 - PI0) * (r - y)
//!                                    pressure at home against "appeasement": any
//!                                    reassurance draws some; unreturned reassurance
//!                                    draws much more
//! ```
//!
//! Each round `t = 0 .. N-1`, starting from tension `T_0`, with one uniform
//! number `u_t` in `[0, 1)` from the seeded generator and an incident of size
//! `z_t = u_t^3` (mostly small, now and then large):
//!
//! ```text
//! (7)  k_t    = h * (1 + T_t) / 2 * (1 - ZETA * q)
//!                                    B's counter-measures; the tenser the relation,
//!                                    the more hostile A's moves look (the spiral)
//! (8)  up_t   = A_K * k_t + A_X * x + A_I * z_t * (p + (1 - p) * T_t) * (1 - y)
//!                                    what pushes tension up: counter-measures,
//!                                    probing, and incidents, which are read as
//!                                    deliberate more often when misperception or
//!                                    tension is high and less often when the two
//!                                    sides practise restraint
//! (9)  down   = A_Y * y + A_G * g    what pulls tension down: returned restraint
//!                                    and believed reassurance
//! (10) T_t+1  = T_t + up_t * (1 - T_t) - down * T_t
//! (11) lam_t  = H_T * T_t+1^2 + H_X * x + H_P * P
//!                                    chance of a crisis in this round
//! ```
//!
//! Outputs ([`OUTPUTS`] names them), each in `0..=1`, averaged over `RUNS` runs that
//! follow one another in the generator's stream:
//!
//! ```text
//! (12) spiral risk        S = 1 - (1 - mean_t k_t)^3
//! (13) exploitation risk  E = x
//! (14) appeasement        P (from eq. 6)
//! (15) overall risk       R = 1 - (1 - lam_0) * (1 - lam_1) * ... * (1 - lam_N-1)
//!                             (the chance of at least one crisis in N rounds)
//!      tension series     mean over runs of T_0, T_1, ..., T_N
//! ```
//!
//! Why the values stay in range: every share above lies in `0..=1`, and
//! `up + down <= A_K + A_X + A_I + A_Y + A_G < 1` (checked when the crate compiles), so eq. 10 is a
//! weighted average of `T_t`, 0 and 1. Every output is also clamped as a guard.
//!
//! Worked example (defaults: `mix = 50, p = 0.15, q = 1`): `c_R = c_D = 0.85`,
//! `g = a = 0.36125`, `w = h = 0.13875`, `y = 0.36125`, `x = 0.0443`,
//! `P = 0.2291`; the run gives `T_20 = 0.184`, `S = 0.211`, `R = 0.205`.
//!
//! # What the rules show (each a test in `properties.rs`)
//!
//! 1. Pure deterrence (`mix = 0`) makes tension rise every round, for any `p`, `q`.
//! 2. Pure reassurance against a non-reciprocating adversary gives exploitation > 0.6.
//! 3. The lowest overall risk is at a mixed policy, strictly inside `1..=99` (about 50
//!    by default; it moves towards deterrence when B does not reciprocate).
//! 4. More misperception raises overall risk at every mix.
//! 5. More reciprocity lowers overall risk at every mix.
//! 6. Every output stays in range for every input, `NaN` and infinities included.
//! 7. The same inputs and seed give bit-identical output.
//!
//! The widget's reader-facing version of these rules, in Japanese and English, is in
//! `widgets/deterrence-slider/content.toml` (`[model]`): its numbers are placeholders
//! the content compiler fills from this crate; its words are kept in step by hand.
//!
//! # Using it
//!
//! ```text
//! let o = simulate(&Params::new(40.0, DEFAULT_MISPERCEPTION, RECIPROCATES));
//! o.tension();            // &[f64], N + 1 values
//! o.spiral; o.exploitation; o.appeasement; o.overall;
//! ```

#![deny(missing_docs)]

pub mod params;
pub mod rng;
pub mod simulate;

#[cfg(test)]
mod properties;

pub use params::{
    clamp_mix, clamp_or, Params, DEFAULT_MISPERCEPTION, DEFAULT_MIX, DEFAULT_RECIPROCITY,
    DEFAULT_ROUNDS, DEFAULT_SEED, DOES_NOT_RECIPROCATE, MAX_ROUNDS, MISPERCEPTION_MAX,
    MISPERCEPTION_STEP, MIX_MAX, MIX_MIN, RECIPROCATES,
};
pub use simulate::{
    lowest_risk_mix, signals, simulate, Outcome, Signals, A_G, A_I, A_K, A_X, A_Y, H_P, H_T, H_X,
    KAPPA, OMEGA, OUTPUTS, PI0, PSI, RUNS, T0, ZETA,
};
