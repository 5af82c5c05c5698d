//! The command line of a tool that writes a generated, committed file (`page-index`,
//! `elements-types`): `NAME [--check] [<repo-root>]`. With `--check` the tool changes
//! nothing and fails when the file is out of date. The root defaults to the repository
//! this crate is in.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Parses the arguments, runs `run(root, check)` and turns its result into the exit
/// code (0 with its one-line summary, 1 with its error, 2 for a usage error).
pub fn main(name: &str, run: fn(&Path, bool) -> Result<String, String>) -> ExitCode {
    let mut check = false;
    let mut root = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/.."));
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--check" => check = true,
            a if a.starts_with('-') => {
                eprintln!("usage: {name} [--check] [<repo-root>]");
                return ExitCode::from(2);
            }
            a => root = PathBuf::from(a),
        }
    }
    let root = root.canonicalize().unwrap_or(root);
    match run(&root, check) {
        Ok(line) => {
            println!("{line}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{name}: {e}");
            ExitCode::FAILURE
        }
    }
}
