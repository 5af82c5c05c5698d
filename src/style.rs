//! The widgets' CSS (each beside its widget: `src/<widget>/<widget>.css`, the shared
//! base in `src/runtime/base.css`), for tests. In the bundle, the loader adopts one
//! shared constructed stylesheet in every shadow root (see `scripts/bundle.mjs`).

/// Every widget's CSS, concatenated (the base first), for the browser tests, which
/// mount widgets without the loader. The bundle does not use it: the loader carries
/// the base CSS and the glossary term's; each variant fetches the rest as one hashed
/// file: what mounted widgets share, the popover's, and its slider's or map's
/// (`scripts/bundle.mjs`); in that order.
pub const CSS: &str = concat!(
    include_str!("runtime/base.css"),
    include_str!("glossary/glossary.css"),
    include_str!("runtime/mounted.css"),
    include_str!("glossary/popover.css"),
    include_str!("hotspot_map/hotspot-map.css"),
    include_str!("deterrence_slider/deterrence-slider.css"),
);
