//! The slider variant (`--no-default-features --features slider`): the glossary and the
//! `<deterrence-slider>`, for pages with no map. The loader (`explainers.js`) picks it from
//! the tags on the page; `main` only links the exports.

fn main() {
    explainers::runtime::exports::link();
}
