//! `<deterrence-slider>`: a policy mix from pure deterrence (0) to pure reassurance
//! (100) driving the escalation model in [`crate::model`]. Pure pieces (value parsing,
//! the chart's path) have native tests; [`view`] is the thin component over them.

pub mod chart;
pub mod value;
pub mod view;

#[cfg(test)]
mod tests {
    use crate::content::SLIDER_OUTPUTS;
    use crate::model::{simulate, Params, DEFAULT_MISPERCEPTION, RECIPROCATES};

    /// The gauges ask the model for their value by the content's id (not by position):
    /// every gauge in `content.toml` must name an output the model has.
    #[test]
    fn every_gauge_names_an_output_of_the_model() {
        let out = simulate(&Params::new(50.0, DEFAULT_MISPERCEPTION, RECIPROCATES));
        for o in SLIDER_OUTPUTS {
            assert!(out.output(o.id).is_some(), "no model output {:?}", o.id);
        }
        assert_eq!(out.output("overall"), Some(out.overall));
        assert_eq!(out.output("nope"), None);
    }
}
