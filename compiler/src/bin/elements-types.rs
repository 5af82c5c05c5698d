//! `elements-types [--check] [<repo-root>]`: writes the elements' TypeScript declarations
//! (the generated block of `types/index.d.ts`) from `widgets/*/widget.toml` (see
//! `explainers_compiler::elements_ts`). With `--check` it changes nothing and fails when
//! the file is out of date. The root defaults to the repository this crate is in.

fn main() -> std::process::ExitCode {
    explainers_compiler::generated_file::main(
        "elements-types",
        explainers_compiler::elements_ts::run,
    )
}
