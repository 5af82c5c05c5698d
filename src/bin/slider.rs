//! The slider variant (its features: its [[bin]] in Cargo.toml): the glossary and the
//! `<deterrence-slider>`, for pages with no map. The loader (`explainers.js`) picks it from
//! the tags on the page; `main` only links the exports.

fn main() {
    explainers::runtime::exports::link();
}
