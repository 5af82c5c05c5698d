//! `hotspot-map-geometry layers`: the map layers' geometry (claim lines, boundaries,
//! air defence zones, disputed land) from `tools/geometry/inputs/layers.toml`, the
//! Natural Earth land and the Natural Earth files the inputs name (`file`, kept in
//! `tools/geometry/inputs/natural-earth/`), projected, clipped to the frame and written to
//! `widgets/hotspot-map/layer-geometry.toml`, which the content compiler joins with the
//! legends of `widgets/hotspot-map/layers.toml`.
//!
//! ```text
//! hotspot-map-geometry layers <countries-10m.json> [--inputs FILE] [--out FILE] [--check]
//! ```

mod build;
mod compute;
mod geojson;
pub mod input;
mod lines;
mod output;

use std::path::PathBuf;

use crate::topojson::Topology;

/// The `layers` command line.
#[derive(Debug, PartialEq)]
pub struct LayerOptions {
    /// world-atlas `countries-10m.json` (for computed features).
    pub land: PathBuf,
    /// The inputs file.
    pub inputs: PathBuf,
    /// The output file.
    pub out: PathBuf,
    /// Compare with the output file instead of writing it.
    pub check: bool,
}

/// Parses the arguments after `layers`.
pub fn parse_args(args: &[String]) -> Result<LayerOptions, String> {
    let mut land = None;
    let mut inputs = PathBuf::from("tools/geometry/inputs/layers.toml");
    let mut out = PathBuf::from("widgets/hotspot-map/layer-geometry.toml");
    let mut check = false;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let mut value = |name: &str| it.next().cloned().ok_or(format!("{name} needs a value"));
        match a.as_str() {
            "--inputs" => inputs = PathBuf::from(value("--inputs")?),
            "--out" => out = PathBuf::from(value("--out")?),
            "--check" => check = true,
            "-h" | "--help" => return Err(String::new()),
            s if s.starts_with('-') => return Err(format!("unknown option {s}")),
            s => land = Some(PathBuf::from(s)),
        }
    }
    let land = land.ok_or("missing the land file (world-atlas countries-10m.json)")?;
    Ok(LayerOptions {
        land,
        inputs,
        out,
        check,
    })
}

/// The usage line.
pub const USAGE: &str =
    "usage: hotspot-map-geometry layers <node_modules/world-atlas/countries-10m.json> \
     [--inputs tools/geometry/inputs/layers.toml] \
     [--out widgets/hotspot-map/layer-geometry.toml] [--check]";

/// Reads the inputs and the land, builds every feature and writes (or checks) the output.
pub fn run(opts: &LayerOptions) -> Result<(), String> {
    let read =
        |p: &PathBuf| std::fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()));
    let inputs: input::Inputs = toml::from_str(&read(&opts.inputs)?)
        .map_err(|e| format!("{}: {e}", opts.inputs.display()))?;
    let topo: Topology = serde_json::from_str(&read(&opts.land)?)
        .map_err(|e| format!("{}: not TopoJSON: {e}", opts.land.display()))?;
    let folder = opts.inputs.parent().unwrap_or(std::path::Path::new(""));
    let mut files = build::Files::new();
    for name in inputs.feature.iter().filter_map(|f| f.file.as_ref()) {
        let path = folder.join(name);
        let lines =
            geojson::lines(&read(&path)?).map_err(|e| format!("{}: {e}", path.display()))?;
        files.insert(name.clone(), lines);
    }
    let features = build::features(&inputs, &topo, &files)
        .map_err(|e| format!("{}: {e}", opts.inputs.display()))?;
    let text = output::write_toml(&features);
    if opts.check {
        let now = read(&opts.out)?;
        if now != text {
            return Err(format!(
                "{} is not what {} makes: regenerate it (widgets/hotspot-map/README.md, \"Layers\")",
                opts.out.display(),
                opts.inputs.display()
            ));
        }
        eprintln!(
            "{} is current ({} features)",
            opts.out.display(),
            features.len()
        );
        return Ok(());
    }
    std::fs::write(&opts.out, &text).map_err(|e| format!("{}: {e}", opts.out.display()))?;
    eprintln!(
        "wrote {}: {} features, {} bytes",
        opts.out.display(),
        features.len(),
        text.len()
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn options_parse() {
        let args: Vec<String> = ["land.json", "--check", "--out", "o.toml"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let o = parse_args(&args);
        assert!(matches!(o, Ok(ref o) if o.check && o.out == std::path::Path::new("o.toml")));
        assert!(parse_args(&["--bogus".to_string()]).is_err());
        assert!(parse_args(&[]).is_err());
    }
}
