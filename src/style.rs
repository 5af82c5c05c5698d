//! The widgets' CSS, from `style/`, compiled in so one constructed stylesheet can be
//! shared by every shadow root without another request or an inline `<style>`.

/// The CSS of every widget in this variant, concatenated (the base first).
#[cfg(all(feature = "slider", feature = "map"))]
pub const CSS: &str = concat!(
    include_str!("../style/base.css"),
    include_str!("../style/glossary.css"),
    include_str!("../style/map.css"),
    include_str!("../style/slider.css"),
);

/// The CSS of every widget in this variant, concatenated (the base first).
#[cfg(not(all(feature = "slider", feature = "map")))]
pub const CSS: &str = concat!(
    include_str!("../style/base.css"),
    include_str!("../style/glossary.css"),
);
