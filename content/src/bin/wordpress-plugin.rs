//! `wordpress-plugin [--check] [<repo-root>]`: writes the WordPress plugin's element table
//! (the generated block of `wordpress/east-asia-explainers.php`) from
//! `widgets/*/widget.toml` (see `explainers_content::elements_php`). With `--check` it
//! changes nothing and fails when the file is out of date. The root defaults to the
//! repository this crate is in.

fn main() -> std::process::ExitCode {
    explainers_content::generated_file::main(
        "wordpress-plugin",
        explainers_content::elements_php::run,
    )
}
