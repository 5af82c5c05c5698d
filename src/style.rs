//! The widgets' CSS, from `style/`, compiled in so one constructed stylesheet can be
//! shared by every shadow root without another request or an inline `<style>`.

/// Every widget's CSS, concatenated (the base first).
pub const CSS: &str = concat!(
    include_str!("../style/base.css"),
    include_str!("../style/glossary.css"),
    include_str!("../style/map.css"),
    include_str!("../style/slider.css"),
);
