//! The glossary-only variant (`--no-default-features`): `<glossary-term>` and
//! `<glossary-scope>`, for articles without a slider or a map. The loader
//! (`explainers.js`) picks it from the tags on the page; `main` only links the exports.

fn main() {
    explainers::runtime::exports::link();
}
