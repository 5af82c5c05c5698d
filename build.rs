//! Compiles `widgets/` into Rust statics (see the `explainers-content` crate) and
//! fails the build with every content problem named when something is wrong.

use std::path::Path;

fn main() {
    println!("cargo::rerun-if-changed=widgets");
    println!("cargo::rerun-if-changed=style");
    let widgets = Path::new("widgets");
    match explainers_content::generate(widgets) {
        Ok(code) => {
            let out = std::env::var("OUT_DIR").unwrap_or_else(|_| ".".into());
            if let Err(e) = std::fs::write(Path::new(&out).join("content.rs"), code) {
                eprintln!("error: cannot write the generated content: {e}");
                std::process::exit(1);
            }
        }
        Err(problems) => {
            eprintln!("error: the content in widgets/ is not valid.\n{problems}");
            std::process::exit(1);
        }
    }
    let map = explainers_content::generate_map(widgets).unwrap_or_else(|problems| {
        eprintln!("error: the map content in widgets/hotspot-map/ is not valid.\n{problems}");
        std::process::exit(1)
    });
    let out = std::env::var("OUT_DIR").unwrap_or_else(|_| ".".into());
    if let Err(e) = std::fs::write(Path::new(&out).join("map.rs"), map) {
        eprintln!("error: cannot write the generated map: {e}");
        std::process::exit(1);
    }
}
