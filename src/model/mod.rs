//! The slider's model: the escalation model (the `escalation-model` crate, re-exported
//! here; its docs give the equations, and the content compiler fills its numbers into
//! the prose that quotes them) and the zones along its axis ([`zones`], generated from
//! `widgets/deterrence-slider/content.toml`, their one owner).

pub use escalation_model::*;

pub mod zones;

pub use zones::{zone_for, Zone};
