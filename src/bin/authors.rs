//! The glossary with authors' own terms (its features: its [[bin]] in Cargo.toml):
//! for articles whose terms carry their own `definition`, or whose scope names an
//! author's glossary (`src`). The loader (`explainers.js`) picks it from the page;
//! `main` only links the exports.

fn main() {
    explainers::runtime::exports::link();
}
