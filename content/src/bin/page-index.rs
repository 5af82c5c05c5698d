//! `page-index [--check] [<repo-root>]`: writes the teaching page's glossary index,
//! source list and data block into `index.html` from the content in `widgets/` (see
//! `explainers_content::page_index`). With `--check` it changes nothing and fails,
//! naming the stale blocks, when `index.html` is out of date. The root defaults to the
//! repository this crate is in.

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut check = false;
    let mut root = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/.."));
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--check" => check = true,
            a if a.starts_with('-') => {
                eprintln!("usage: page-index [--check] [<repo-root>]");
                return ExitCode::from(2);
            }
            a => root = PathBuf::from(a),
        }
    }
    let root = root.canonicalize().unwrap_or(root);
    match explainers_content::page_index::run(&root, check) {
        Ok(line) => {
            println!("{line}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("page-index: {e}");
            ExitCode::FAILURE
        }
    }
}
