//! The full variant: every widget. The loader (`explainers.js`) picks it when a page
//! has a `<deterrence-slider>` or a `<hotspot-map>`; `main` only links the exports.

fn main() {
    explainers::runtime::exports::link();
}
