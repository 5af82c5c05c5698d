//! The map variant (its features: its [[bin]] in Cargo.toml): the glossary and the
//! `<hotspot-map>`, for pages with no slider. The loader (`explainers.js`) picks it from
//! the tags on the page; `main` only links the exports.

fn main() {
    explainers::runtime::exports::link();
}
