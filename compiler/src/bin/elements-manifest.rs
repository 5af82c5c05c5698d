//! `elements-manifest [--check] [<repo-root>]`: writes the Custom Elements Manifest,
//! `custom-elements.json`, from `widgets/*/widget.toml` and the theme's custom
//! properties in `src/runtime/base.css` and `mounted.css` (see
//! `explainers_compiler::elements_cem`). With `--check` it changes nothing and fails when
//! the file is out of date. The root defaults to the repository this crate is in.

fn main() -> std::process::ExitCode {
    explainers_compiler::generated_file::main(
        "elements-manifest",
        explainers_compiler::elements_cem::run,
    )
}
