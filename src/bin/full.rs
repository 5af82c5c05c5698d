//! The full variant: every widget and authors' own terms. The loader (`explainers.js`)
//! picks it when a page has a block widget and an author's term (`definition`) or
//! glossary (`<glossary-scope src>`); `main` only links the exports.

fn main() {
    explainers::runtime::exports::link();
}
