//! `wordpress-plugin [--check] [<repo-root>]`: writes the WordPress plugin's element table
//! (the generated block of `wordpress/east-asia-explainers.php`) from
//! `widgets/*/widget.toml` (see `explainers_compiler::elements_php`). With `--check` it
//! changes nothing and fails when the file is out of date. The root defaults to the
//! repository this crate is in.

fn main() -> std::process::ExitCode {
    explainers_compiler::generated_file::main(
        "wordpress-plugin",
        explainers_compiler::elements_php::run,
    )
}
