//! The glossary-only variant (no features; trunk builds it): `<glossary-term>`, for
//! articles with terms and nothing else (a scope needs the `scope` variant). The loader
//! (`explainers.js`) picks it from the tags on the page; `main` only links the exports.

fn main() {
    explainers::runtime::exports::link();
}
