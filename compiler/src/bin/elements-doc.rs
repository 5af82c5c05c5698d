//! `elements-doc [--check] [<repo-root>]`: writes the elements' reference tables (the
//! generated block of `docs/api.md`) from `widgets/*/widget.toml` (see
//! `explainers_compiler::elements_doc`). With `--check` it changes nothing and fails when
//! the file is out of date. The root defaults to the repository this crate is in.

fn main() -> std::process::ExitCode {
    explainers_compiler::generated_file::main(
        "elements-doc",
        explainers_compiler::elements_doc::run,
    )
}
