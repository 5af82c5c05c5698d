//! The widgets variant (`--no-default-features --features slider,map`): the glossary,
//! the `<deterrence-slider>` and the `<hotspot-map>`, for pages with both block widgets
//! and no authors' own terms (those take the full variant). The loader
//! (`explainers.js`) picks it from the tags on the page; `main` only links the exports.

fn main() {
    explainers::runtime::exports::link();
}
