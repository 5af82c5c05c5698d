//! `elements-vscode [--check] [<repo-root>]`: writes VS Code's HTML custom data,
//! `vscode.html-custom-data.json`, from `widgets/*/widget.toml` (see
//! `explainers_compiler::elements_vscode`). With `--check` it changes nothing and fails
//! when the file is out of date. The root defaults to the repository this crate is in.

fn main() -> std::process::ExitCode {
    explainers_compiler::generated_file::main(
        "elements-vscode",
        explainers_compiler::elements_vscode::run,
    )
}
