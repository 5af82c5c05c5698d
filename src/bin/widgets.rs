//! The widgets variant (its features: its [[bin]] in Cargo.toml): the glossary,
//! the `<deterrence-slider>` and the `<hotspot-map>`, for pages with both block widgets
//! and no authors' own terms (those take the full variant). The loader
//! (`explainers.js`) picks it from the tags on the page; `main` only links the exports.

fn main() {
    explainers::runtime::exports::link();
}
