//! `content-status [widgets-dir]` (`make content-status`): validates the content, then
//! lists what is due: every claim whose `recheck_by` has passed, and the oldest check of
//! each entry, card and place (the date readers are shown), oldest first, with the count
//! of claims and sources. Exits non-zero only when the content is not valid.

use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let dir = std::env::args().nth(1).unwrap_or_else(|| "widgets".into());
    let widgets = Path::new(&dir);
    let valid = explainers_compiler::compile(widgets);
    let status = explainers_compiler::claims_status::status(widgets);
    print!("{}", status.report());
    match explainers_compiler::sources::seeds_dir(widgets) {
        Some(dir) => println!("\nseed files compared with their paragraph counts: {}", dir.display()),
        None => println!("\nseed files not found (../shared/seeds): locators checked against the counts in sources.toml only"),
    }
    match valid {
        Ok(_) => ExitCode::SUCCESS,
        Err(problems) => {
            eprintln!("error: the content in {dir} is not valid.\n{problems}");
            ExitCode::FAILURE
        }
    }
}
