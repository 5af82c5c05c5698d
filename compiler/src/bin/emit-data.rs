//! `emit-data <widgets-dir> <out-dir>`: validates the content and writes the data files
//! the widgets fetch at run time (see `explainers_compiler::data`) and the loader's tag
//! table (`elements.json`, from `widgets/*/widget.toml`). The bundler runs it;
//! it fails with every content problem named.

use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    let (Some(widgets), Some(out)) = (args.get(1), args.get(2)) else {
        eprintln!("usage: emit-data <widgets-dir> <out-dir>");
        return ExitCode::from(2);
    };
    // The loader's tag table, from widgets/*/widget.toml.
    let elements = explainers_compiler::generate_elements(Path::new(widgets))
        .map_err(|e| e.to_string())
        .and_then(|(_, json)| {
            std::fs::create_dir_all(out).map_err(|e| e.to_string())?;
            std::fs::write(Path::new(out).join("elements.json"), json)
                .map_err(|e| e.to_string())?;
            // The data files' layout (kinds, folders, manifest tables).
            let kinds = explainers_compiler::data::kinds_json();
            std::fs::write(Path::new(out).join("kinds.json"), kinds).map_err(|e| e.to_string())
        });
    if let Err(e) = elements {
        eprintln!("error: the elements in {widgets}/*/widget.toml: {e}");
        return ExitCode::FAILURE;
    }
    match explainers_compiler::data::write_all(Path::new(widgets), Path::new(out)) {
        Ok(n) => {
            println!("emit-data: {n} files in {out}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: the content in {widgets} is not valid.\n{e}");
            ExitCode::FAILURE
        }
    }
}
