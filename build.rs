//! Compiles the slider's and the map's content in `widgets/` into Rust statics, and the
//! widgets' interface words (`widgets/*/text.toml`) into `ui_text.rs` (see the
//! `explainers-compiler` crate; the glossary becomes data files, written by its
//! `emit-data` command), the content's languages into `lang.rs` (`Lang`), and fails the
//! build with every content problem named.

use std::path::Path;

fn main() {
    println!("cargo::rerun-if-changed=widgets");
    println!("cargo::rerun-if-changed=style");
    let widgets = Path::new("widgets");
    let compiled = explainers_compiler::compile(widgets).unwrap_or_else(|problems| {
        eprintln!("error: the content in widgets/ is not valid.\n{problems}");
        std::process::exit(1)
    });
    let (elements, _) =
        explainers_compiler::generate_elements(widgets).unwrap_or_else(|problems| {
            eprintln!("error: widgets/*/widget.toml is not valid.\n{problems}");
            std::process::exit(1)
        });
    let ui_text = explainers_compiler::generate_ui_text(widgets).unwrap_or_else(|problems| {
        eprintln!("error: widgets/*/text.toml is not valid.\n{problems}");
        std::process::exit(1)
    });
    // The seed documents are compared with their recorded paragraph counts only when
    // they are here (../shared/seeds); say so when that check was skipped.
    if explainers_compiler::sources::seeds_dir(widgets).is_none() {
        println!("cargo::warning=../shared/seeds/ not found: seed locators were checked against the paragraph counts in widgets/sources.toml only");
    }
    // Claims about moving situations past their `recheck_by`: a warning, not a failure.
    let status = explainers_compiler::claims_status::status(widgets);
    let due = status.due();
    if !due.is_empty() {
        println!(
            "cargo::warning={} content claim(s) are past their recheck_by (the oldest: {}); `make content-status` lists them",
            due.len(),
            due.iter().map(|c| c.recheck_by.as_str()).min().unwrap_or("")
        );
    }
    let out = std::env::var("OUT_DIR").unwrap_or_else(|_| ".".into());
    // The data files, for the browser tests (which have no bundle to fetch them from);
    // the wasm never includes this.
    let mut data = String::from(
        "/// Every data file: path and JSON.\npub static DATA_FILES: &[(&str, &str)] = &[\n",
    );
    for f in &compiled.files {
        data.push_str(&format!("    ({:?}, {:?}),\n", f.path, f.json));
    }
    data.push_str("];\n/// Each data kind's name and folder, and the index file.\npub static DATA_KINDS: &[(&str, &str)] = &[\n");
    for k in explainers_compiler::data::KINDS {
        data.push_str(&format!("    ({:?}, {:?}),\n", k.name, k.folder));
    }
    data.push_str(&format!(
        "];\n/// The index file.\npub static DATA_INDEX: &str = {:?};\n",
        explainers_compiler::data::INDEX_FILE
    ));
    for (name, code) in [
        ("slider.rs", compiled.slider_rs),
        ("map.rs", compiled.map_rs),
        ("data_files.rs", data),
        ("elements.rs", elements),
        ("ui_text.rs", ui_text),
        ("lang.rs", explainers_compiler::lang_emit::rust()),
    ] {
        if let Err(e) = std::fs::write(Path::new(&out).join(name), code) {
            eprintln!("error: cannot write the generated {name}: {e}");
            std::process::exit(1);
        }
    }
}
