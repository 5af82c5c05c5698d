//! The glossary with `<glossary-scope>` (`--no-default-features --features scope`): for
//! articles that mark their terms with a scope. The loader (`explainers.js`) picks it
//! from the tags on the page; `main` only links the exports.

fn main() {
    explainers::runtime::exports::link();
}
