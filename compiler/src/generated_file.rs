//! A tool that writes a generated, committed file (`page-index`, `elements-types`,
//! `elements-manifest`, `elements-doc`, `wordpress-plugin`): its command line, `NAME
//! [--check] [<repo-root>]` ([`main`]), and bringing the file up to date ([`update`]). With
//! `--check` the tool changes nothing and fails when the file is out of date. The root
//! defaults to the repository this crate is in.

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

/// The generated file at `path`, brought up to date by `tool` with
/// `regenerate(its text)`: written only when something changed; with `check`, left
/// alone, and an error naming what is stale (`stale(old, new)`) when it is out of date.
/// Returns the tool's one-line summary.
pub fn update(
    tool: &str,
    path: &Path,
    check: bool,
    regenerate: impl FnOnce(&str) -> Result<String, String>,
    stale: impl FnOnce(&str, &str) -> String,
) -> Result<String, String> {
    let shown = path.display();
    let old = std::fs::read_to_string(path).map_err(|e| format!("{shown}: {e}"))?;
    let new = regenerate(&old).map_err(|e| format!("{shown}: {e}"))?;
    if new == old {
        let state = if check { "ok" } else { "up to date" };
        return Ok(format!("{tool}: {shown} is {state}"));
    }
    if check {
        return Err(format!(
            "{shown} is out of date ({}); run: cargo run -q -p explainers-compiler --bin {tool}",
            stale(&old, &new)
        ));
    }
    std::fs::write(path, &new).map_err(|e| format!("{shown}: {e}"))?;
    Ok(format!("{tool}: wrote {shown}"))
}
