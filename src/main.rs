//! The wasm entry point trunk builds. The widgets start on demand, when the loader
//! (`explainers.js`) calls the exports in `explainers::runtime::exports`; `main` only
//! links them in.

fn main() {
    explainers::runtime::exports::link();
}
