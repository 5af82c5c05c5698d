//! `page-index [--check] [<repo-root>]`: writes the teaching page's title and
//! description, glossary index, source list and data block into `index.html` from the
//! content in `widgets/` (see `explainers_compiler::page_index`). With `--check` it
//! changes nothing and fails, naming the stale blocks, when `index.html` is out of
//! date. The root defaults to the repository this crate is in.

fn main() -> std::process::ExitCode {
    explainers_compiler::generated_file::main("page-index", explainers_compiler::page_index::run)
}
