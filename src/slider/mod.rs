//! `<deterrence-slider>`: a policy mix from pure deterrence (0) to pure reassurance
//! (100) driving the escalation model in [`crate::model`]. Pure pieces (value parsing,
//! the chart's path) have native tests; [`view`] is the thin component over them.

pub mod chart;
pub mod value;
pub mod view;
