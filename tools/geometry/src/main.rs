//! `hotspot-map-geometry`: turns Natural Earth's Admin 0 countries (TopoJSON from the npm
//! package `world-atlas`) into the compact, projected geometry of `<hotspot-map>`,
//! `widgets/hotspot-map/geometry.toml`.
//!
//! Steps: decode the quantized, delta-encoded arcs; project every arc with the map's
//! Mercator (the `hotspot-map-projection` crate, shared with the widget); simplify every arc with
//! Douglas–Peucker in output units (arcs are shared between neighbours, so borders stay
//! identical on both sides); stitch the rings of each country; clip them to the frame
//! plus a small margin (Sutherland–Hodgman); round to whole units, drop collapsed and
//! tiny rings; write one SVG path per country with relative commands, with the names
//! and label positions of `tools/geometry/names.toml` (checked first).
//!
//! The `layers` subcommand makes the map layers' geometry instead (see [`layers`]).
//!
//! ```text
//! hotspot-map-geometry <countries-10m.json> [--out FILE] [--svg FILE]
//!                      [--names FILE] [--tolerance UNITS] [--min-area SQUARE_UNITS]
//!                      [--margin UNITS]
//! ```
//! See `widgets/hotspot-map/README.md` for the exact commands.

mod clip;
mod layers;
mod names;
mod simplify;
mod topojson;
mod write;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clip::{clip_ring, round_ring, IPoint, Rect};
use hotspot_map_projection::{Point, EAST_ASIA};
use names::{CountryName, Names};

/// Default Douglas–Peucker tolerance, in output units (the view box is 1000 wide): at
/// most a pixel where the map is drawn 1000 pixels wide, less on any narrower page.
const TOLERANCE: f64 = 1.0;
/// Default tolerance for the rings that [`TOLERANCE`] would lose (small islands it
/// collapses, or shrinks under the minimum area): they are drawn from arcs simplified
/// this finely instead, so no island is lost to the coarser coastlines.
const SMALL_TOLERANCE: f64 = 0.5;
/// Default smallest ring kept after rounding, in square output units.
const MIN_AREA: f64 = 1.0;
/// Default margin around the view box for clipping, so that the cut edges of land that
/// runs off the map (and their strokes) fall outside the visible area.
const MARGIN: f64 = 4.0;

/// The command line.
struct Options {
    input: PathBuf,
    out: PathBuf,
    names: PathBuf,
    svg: Option<PathBuf>,
    tolerance: f64,
    small_tolerance: f64,
    min_area: f64,
    margin: f64,
}

fn parse_args(args: &[String]) -> Result<Options, String> {
    let mut input = None;
    let mut out = PathBuf::from("widgets/hotspot-map/geometry.toml");
    let mut names = PathBuf::from("tools/geometry/names.toml");
    let mut svg = None;
    let (mut tolerance, mut small_tolerance) = (TOLERANCE, SMALL_TOLERANCE);
    let (mut min_area, mut margin) = (MIN_AREA, MARGIN);
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let mut value = |name: &str| it.next().cloned().ok_or(format!("{name} needs a value"));
        let number = |s: String, name: &str| {
            s.parse::<f64>()
                .map_err(|_| format!("{name}: not a number: {s}"))
        };
        match a.as_str() {
            "--out" => out = PathBuf::from(value("--out")?),
            "--names" => names = PathBuf::from(value("--names")?),
            "--svg" => svg = Some(PathBuf::from(value("--svg")?)),
            "--tolerance" => tolerance = number(value("--tolerance")?, "--tolerance")?,
            "--small-tolerance" => {
                small_tolerance = number(value("--small-tolerance")?, "--small-tolerance")?
            }
            "--min-area" => min_area = number(value("--min-area")?, "--min-area")?,
            "--margin" => margin = number(value("--margin")?, "--margin")?,
            "-h" | "--help" => return Err(String::new()),
            s if s.starts_with('-') => return Err(format!("unknown option {s}")),
            s => input = Some(PathBuf::from(s)),
        }
    }
    let input = input.ok_or("missing the input file (world-atlas countries-10m.json)")?;
    Ok(Options {
        input,
        out,
        names,
        svg,
        tolerance,
        small_tolerance,
        min_area,
        margin,
    })
}

/// One country of the output: names, label point and rings in whole units.
struct Country<'a> {
    names: &'a CountryName,
    rings: Vec<Vec<IPoint>>,
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("layers") {
        return layers_main(&args[1..]);
    }
    let opts = match parse_args(&args) {
        Ok(o) => o,
        Err(e) => {
            if !e.is_empty() {
                eprintln!("error: {e}");
            }
            eprintln!(
                "usage: hotspot-map-geometry <node_modules/world-atlas/countries-10m.json> \
                 [--out widgets/hotspot-map/geometry.toml] [--svg preview.svg] \
                 [--names tools/geometry/names.toml] \
                 [--tolerance {TOLERANCE}] [--min-area {MIN_AREA}] [--margin {MARGIN}]"
            );
            return ExitCode::from(2);
        }
    };
    match run(&opts) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

/// `hotspot-map-geometry layers …`: the map layers (see [`layers`]).
fn layers_main(args: &[String]) -> ExitCode {
    let opts = match layers::parse_args(args) {
        Ok(o) => o,
        Err(e) => {
            if !e.is_empty() {
                eprintln!("error: {e}");
            }
            eprintln!("{}", layers::USAGE);
            return ExitCode::from(2);
        }
    };
    match layers::run(&opts) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Reads the names and the topology, builds the countries and writes the outputs.
fn run(opts: &Options) -> Result<(), String> {
    let names = Names::load(&opts.names)?;
    let text = std::fs::read_to_string(&opts.input)
        .map_err(|e| format!("{}: {e}", opts.input.display()))?;
    let topo: topojson::Topology = serde_json::from_str(&text)
        .map_err(|e| format!("{}: not TopoJSON: {e}", opts.input.display()))?;
    let version = package_version(&opts.input);
    let proj = EAST_ASIA;
    let out = countries(&topo, &names, opts)?;

    let toml = write::write_toml(&out, &names, &proj, opts, &version);
    std::fs::write(&opts.out, &toml).map_err(|e| format!("{}: {e}", opts.out.display()))?;
    let points: usize = out.iter().flat_map(|c| &c.rings).map(|r| r.len() - 1).sum();
    let rings: usize = out.iter().map(|c| c.rings.len()).sum();
    eprintln!(
        "wrote {}: {} countries, {rings} rings, {points} points, {} bytes",
        opts.out.display(),
        out.len(),
        toml.len()
    );
    if let Some(svg) = &opts.svg {
        std::fs::write(svg, write::write_svg(&out, &names, &proj))
            .map_err(|e| format!("{}: {e}", svg.display()))?;
        eprintln!("wrote {}", svg.display());
    }
    Ok(())
}

/// Every arc projected once and simplified with each tolerance (shared borders stay
/// shared): `[coarse, fine]` for `[tolerance, small_tolerance]`.
fn project_arcs(topo: &topojson::Topology, tolerances: [f64; 2]) -> [Vec<Vec<Point>>; 2] {
    let proj = EAST_ASIA;
    let projected: Vec<Vec<Point>> = topojson::decode_arcs(&topo.arcs, topo.transform.as_ref())
        .iter()
        .map(|arc| {
            arc.iter()
                .map(|&[lon, lat]| proj.project(lon, lat))
                .collect()
        })
        .collect();
    tolerances.map(|tolerance| {
        projected
            .iter()
            .map(|arc| simplify::douglas_peucker(arc, tolerance))
            .collect()
    })
}

/// The countries that reach the frame, clipped and rounded, in the order of the names
/// file; an error names every unit that reaches the map without names.
fn countries<'a>(
    topo: &topojson::Topology,
    names: &'a Names,
    opts: &Options,
) -> Result<Vec<Country<'a>>, String> {
    let [_, _, width, height] = EAST_ASIA.view_box();
    let rect = Rect {
        x0: -opts.margin,
        y0: -opts.margin,
        x1: width + opts.margin,
        y1: height + opts.margin,
    };
    let arcs = project_arcs(topo, [opts.tolerance, opts.small_tolerance]);
    let countries_obj = topo
        .objects
        .get("countries")
        .ok_or("the topology has no `countries` object")?;
    let mut out: Vec<Country> = Vec::new();
    let mut unknown = Vec::new();
    for geom in &countries_obj.geometries {
        let name = geom.name();
        if geom.id_string().is_none() && names.skipped_units.contains(&name) {
            eprintln!("note: left out the disputed unit \"{name}\" (marked from hotspots.toml)");
            continue;
        }
        let rings = rings(geom, &arcs, rect, opts.min_area)?;
        if rings.is_empty() {
            continue;
        }
        match geom.id_string().as_deref().and_then(|id| names.country(id)) {
            Some(n) => out.push(Country { names: n, rings }),
            None => unknown.push(format!("{:?} {name}", geom.id_string())),
        }
    }
    if !unknown.is_empty() {
        return Err(format!(
            "these units reach the map but have no names in {}: {}",
            opts.names.display(),
            unknown.join(", ")
        ));
    }
    out.sort_by_key(|c| names.position(&c.names.id));
    Ok(out)
}

/// One unit's rings that reach the frame, clipped to it and rounded to whole units:
/// each from the arcs simplified with the tolerance, or, when those lose it (collapsed,
/// or under `min_area`), from the arcs simplified with the small tolerance.
fn rings(
    geom: &topojson::Geometry,
    [arcs, fine]: &[Vec<Vec<Point>>; 2],
    rect: Rect,
    min_area: f64,
) -> Result<Vec<Vec<IPoint>>, String> {
    let mut rings = Vec::new();
    for polygon in geom.polygons()? {
        for refs in polygon {
            let ring = |arcs: &[Vec<Point>]| -> Result<Option<Vec<IPoint>>, String> {
                let ring = topojson::stitch(arcs, &refs)?;
                if !touches(&ring, rect) {
                    return Ok(None);
                }
                let clipped = clip_ring(&ring, rect);
                if !clipped.iter().all(|&p| rect.contains(p)) {
                    return Err(format!("clipping left the frame in {}", geom.name()));
                }
                Ok(round_ring(&clipped, min_area))
            };
            let kept = match ring(arcs)? {
                Some(r) => Some(r),
                None => ring(fine)?,
            };
            rings.extend(kept);
        }
    }
    Ok(rings)
}

/// True when the ring's bounding box meets the rectangle (a cheap test before clipping).
fn touches(ring: &[Point], r: Rect) -> bool {
    let (mut x0, mut y0, mut x1, mut y1) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
    for p in ring {
        x0 = x0.min(p.x);
        y0 = y0.min(p.y);
        x1 = x1.max(p.x);
        y1 = y1.max(p.y);
    }
    x1 >= r.x0 && x0 <= r.x1 && y1 >= r.y0 && y0 <= r.y1
}

/// The `version` of the `package.json` next to the input (world-atlas), if readable.
fn package_version(input: &Path) -> String {
    let pkg = input.with_file_name("package.json");
    std::fs::read_to_string(pkg)
        .ok()
        .and_then(|t| serde_json::from_str::<serde_json::Value>(&t).ok())
        .and_then(|v| v.get("version").and_then(|s| s.as_str()).map(str::to_owned))
        .unwrap_or_else(|| "unknown".into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn options_parse() {
        let args: Vec<String> = ["in.json", "--tolerance", "0.8", "--out", "o.toml"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let o = parse_args(&args);
        assert!(matches!(o, Ok(ref o) if o.tolerance == 0.8 && o.out == Path::new("o.toml")));
        assert!(parse_args(&["--bogus".to_string()]).is_err());
        assert!(parse_args(&[]).is_err());
        let args: Vec<String> = ["in.json", "--names", "n.toml"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert!(matches!(parse_args(&args), Ok(ref o) if o.names == Path::new("n.toml")));
    }

    #[test]
    fn an_island_the_tolerance_would_lose_is_drawn_from_the_fine_arcs() {
        // A small island (a 16-gon of radius 2.5 units, about 19 square units) as one
        // closed arc: simplified with a tolerance of 3 it collapses to a sliver.
        let island: Vec<Point> = (0..=16)
            .map(|i| {
                let a = f64::from(i % 16) * std::f64::consts::TAU / 16.0;
                Point {
                    x: 500.0 + 2.5 * a.cos(),
                    y: 500.0 + 2.5 * a.sin(),
                }
            })
            .collect();
        let geom: topojson::Geometry =
            serde_json::from_str(r#"{"type":"Polygon","arcs":[[0]]}"#).unwrap();
        let rect = Rect {
            x0: 0.0,
            y0: 0.0,
            x1: 1000.0,
            y1: 1000.0,
        };
        let coarse = vec![simplify::douglas_peucker(&island, 3.0)];
        let from = |arcs: [Vec<Vec<Point>>; 2]| rings(&geom, &arcs, rect, MIN_AREA).unwrap();
        assert_eq!(
            from([coarse.clone(), coarse.clone()]),
            Vec::<Vec<IPoint>>::new()
        );
        let kept = from([coarse, vec![island.clone()]]);
        assert_eq!(kept.len(), 1, "the island is kept, from the fine arcs");
        assert!(kept[0].len() > 6, "{:?}", kept[0]);
    }
}
