//! `elements-types [--check] [<repo-root>]`: writes the elements' TypeScript declarations
//! (the generated block of `types/index.d.ts`) from `widgets/*/widget.toml` (see
//! `explainers_content::elements_ts`). With `--check` it changes nothing and fails when
//! the file is out of date. The root defaults to the repository this crate is in.

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut check = false;
    let mut root = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/.."));
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--check" => check = true,
            a if a.starts_with('-') => {
                eprintln!("usage: elements-types [--check] [<repo-root>]");
                return ExitCode::from(2);
            }
            a => root = PathBuf::from(a),
        }
    }
    let root = root.canonicalize().unwrap_or(root);
    match explainers_content::elements_ts::run(&root, check) {
        Ok(line) => {
            println!("{line}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("elements-types: {e}");
            ExitCode::FAILURE
        }
    }
}
