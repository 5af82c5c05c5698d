//! The glossary with `<glossary-scope>` (its features: its [[bin]] in Cargo.toml): for
//! articles that mark their terms with a scope. The loader (`explainers.js`) picks it
//! from the tags on the page; `main` only links the exports.

fn main() {
    explainers::runtime::exports::link();
}
