//! Compiles `widgets/` into Rust statics (see the `explainers-content` crate) and
//! fails the build with every content problem named when something is wrong.

use std::path::Path;

fn main() {
    println!("cargo::rerun-if-changed=widgets");
    println!("cargo::rerun-if-changed=style");
    let widgets = Path::new("widgets");
    let (content, map) = explainers_content::generate_all(widgets).unwrap_or_else(|problems| {
        eprintln!("error: the content in widgets/ is not valid.\n{problems}");
        std::process::exit(1)
    });
    let out = std::env::var("OUT_DIR").unwrap_or_else(|_| ".".into());
    for (name, code) in [("content.rs", content), ("map.rs", map)] {
        if let Err(e) = std::fs::write(Path::new(&out).join(name), code) {
            eprintln!("error: cannot write the generated {name}: {e}");
            std::process::exit(1);
        }
    }
}
