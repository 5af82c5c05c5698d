//! `hotspot-map-geometry`: turns Natural Earth's Admin 0 countries (TopoJSON from the npm
//! package `world-atlas`) into the compact, projected geometry of `<hotspot-map>`,
//! `widgets/hotspot-map/geometry.toml`.
//!
//! Steps: decode the quantized, delta-encoded arcs; project every arc with the map's
//! Mercator (`src/map/projection.rs`, shared with the widget); simplify every arc with
//! Douglas–Peucker in output units (arcs are shared between neighbours, so borders stay
//! identical on both sides); stitch the rings of each country; clip them to the frame
//! plus a small margin (Sutherland–Hodgman); round to whole units, drop collapsed and
//! tiny rings; write one SVG path per country with relative commands.
//!
//! ```text
//! hotspot-map-geometry <countries-10m.json> [--out FILE] [--svg FILE]
//!                      [--tolerance UNITS] [--min-area SQUARE_UNITS] [--margin UNITS]
//! ```
//! See `widgets/hotspot-map/README.md` for the exact commands.

mod clip;
mod names;
mod simplify;
mod topojson;

#[allow(dead_code)]
#[path = "../../../src/map/projection.rs"]
mod projection;

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clip::{clip_ring, round_ring, IPoint, Rect};
use projection::{Point, Projection, EAST_ASIA};

/// Default Douglas–Peucker tolerance, in output units (the view box is 1000 wide).
const TOLERANCE: f64 = 0.5;
/// Default smallest ring kept after rounding, in square output units.
const MIN_AREA: f64 = 1.0;
/// Default margin around the view box for clipping, so that the cut edges of land that
/// runs off the map (and their strokes) fall outside the visible area.
const MARGIN: f64 = 4.0;

struct Options {
    input: PathBuf,
    out: PathBuf,
    svg: Option<PathBuf>,
    tolerance: f64,
    min_area: f64,
    margin: f64,
}

fn parse_args(args: &[String]) -> Result<Options, String> {
    let mut input = None;
    let mut out = PathBuf::from("widgets/hotspot-map/geometry.toml");
    let mut svg = None;
    let (mut tolerance, mut min_area, mut margin) = (TOLERANCE, MIN_AREA, MARGIN);
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let mut value = |name: &str| it.next().cloned().ok_or(format!("{name} needs a value"));
        let number = |s: String, name: &str| {
            s.parse::<f64>()
                .map_err(|_| format!("{name}: not a number: {s}"))
        };
        match a.as_str() {
            "--out" => out = PathBuf::from(value("--out")?),
            "--svg" => svg = Some(PathBuf::from(value("--svg")?)),
            "--tolerance" => tolerance = number(value("--tolerance")?, "--tolerance")?,
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
        svg,
        tolerance,
        min_area,
        margin,
    })
}

/// One country of the output: names, label point and rings in whole units.
struct Country {
    names: &'static names::CountryName,
    rings: Vec<Vec<IPoint>>,
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let opts = match parse_args(&args) {
        Ok(o) => o,
        Err(e) => {
            if !e.is_empty() {
                eprintln!("error: {e}");
            }
            eprintln!(
                "usage: hotspot-map-geometry <node_modules/world-atlas/countries-10m.json> \
                 [--out widgets/hotspot-map/geometry.toml] [--svg preview.svg] \
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

fn run(opts: &Options) -> Result<(), String> {
    let text = std::fs::read_to_string(&opts.input)
        .map_err(|e| format!("{}: {e}", opts.input.display()))?;
    let topo: topojson::Topology = serde_json::from_str(&text)
        .map_err(|e| format!("{}: not TopoJSON: {e}", opts.input.display()))?;
    let version = package_version(&opts.input);
    let proj = EAST_ASIA;
    let [_, _, width, height] = proj.view_box();
    let rect = Rect {
        x0: -opts.margin,
        y0: -opts.margin,
        x1: width + opts.margin,
        y1: height + opts.margin,
    };

    // Project and simplify every arc once; shared borders stay shared.
    let arcs: Vec<Vec<Point>> = topojson::decode_arcs(&topo.arcs, topo.transform.as_ref())
        .iter()
        .map(|arc| {
            let projected: Vec<Point> = arc
                .iter()
                .map(|&[lon, lat]| proj.project(lon, lat))
                .collect();
            simplify::douglas_peucker(&projected, opts.tolerance)
        })
        .collect();

    let countries_obj = topo
        .objects
        .get("countries")
        .ok_or("the topology has no `countries` object")?;
    let mut out: Vec<Country> = Vec::new();
    let mut unknown = Vec::new();
    for geom in &countries_obj.geometries {
        let name = geom.name();
        if geom.id_string().is_none() && names::SKIPPED_UNITS.contains(&name.as_str()) {
            eprintln!("note: left out the disputed unit \"{name}\" (marked from hotspots.toml)");
            continue;
        }
        let mut rings = Vec::new();
        for polygon in geom.polygons()? {
            for refs in polygon {
                let ring = topojson::stitch(&arcs, &refs)?;
                if !touches(&ring, rect) {
                    continue;
                }
                let clipped = clip_ring(&ring, rect);
                if !clipped.iter().all(|&p| rect.contains(p)) {
                    return Err(format!("clipping left the frame in {}", geom.name()));
                }
                if let Some(r) = round_ring(&clipped, opts.min_area) {
                    rings.push(r);
                }
            }
        }
        if rings.is_empty() {
            continue;
        }
        match geom.id_string().as_deref().and_then(names::country) {
            Some(n) => out.push(Country { names: n, rings }),
            None => unknown.push(format!("{:?} {name}", geom.id_string())),
        }
    }
    if !unknown.is_empty() {
        return Err(format!(
            "these units reach the map but have no names in tools/geometry/src/names.rs: {}",
            unknown.join(", ")
        ));
    }
    out.sort_by_key(|c| names::COUNTRIES.iter().position(|n| n.id == c.names.id));

    let toml = write_toml(&out, &proj, opts, &version);
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
        std::fs::write(svg, write_svg(&out, &proj))
            .map_err(|e| format!("{}: {e}", svg.display()))?;
        eprintln!("wrote {}", svg.display());
    }
    Ok(())
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

/// Encodes closed rings (last point equal to the first) as one SVG path with relative
/// commands only: `m` to each ring's first point (relative to the previous ring's first
/// point; the path's first `m` counts as absolute), the implicit relative line-tos that
/// follow it, and `z`. Numbers are whole units; a minus sign doubles as a separator.
pub fn encode_path(rings: &[Vec<IPoint>]) -> String {
    let mut s = String::new();
    let mut origin = (0_i64, 0_i64);
    for ring in rings {
        let Some(&start) = ring.first() else { continue };
        s.push('m');
        let mut nums = vec![start.0 - origin.0, start.1 - origin.1];
        let mut prev = start;
        for &p in ring.iter().skip(1).take(ring.len().saturating_sub(2)) {
            nums.push(p.0 - prev.0);
            nums.push(p.1 - prev.1);
            prev = p;
        }
        for (i, n) in nums.iter().enumerate() {
            if i > 0 && *n >= 0 {
                s.push(' ');
            }
            let _ = write!(s, "{n}");
        }
        s.push('z');
        origin = start;
    }
    s
}

/// A TOML basic string.
fn quote(s: &str) -> String {
    let mut q = String::with_capacity(s.len() + 2);
    q.push('"');
    for c in s.chars() {
        match c {
            '"' => q.push_str("\\\""),
            '\\' => q.push_str("\\\\"),
            '\n' => q.push_str("\\n"),
            c => q.push(c),
        }
    }
    q.push('"');
    q
}

fn quote_list(items: &[&str]) -> String {
    let inner: Vec<String> = items.iter().map(|s| quote(s)).collect();
    format!("[{}]", inner.join(", "))
}

/// Rounds to one decimal for label coordinates.
fn r1(v: f64) -> f64 {
    (v * 10.0).round() / 10.0
}

fn write_toml(countries: &[Country], proj: &Projection, opts: &Options, version: &str) -> String {
    let [_, _, w, h] = proj.view_box();
    let mut t = String::new();
    let _ = writeln!(
        t,
        "# Generated by tools/geometry (see widgets/hotspot-map/README.md, \"Geometry\").\n\
         # Do not edit by hand: change the tool or its inputs and regenerate.\n\
         # Map data: Natural Earth (public domain), via the npm package world-atlas.\n"
    );
    let _ = writeln!(t, "[meta]");
    let _ = writeln!(
        t,
        "source_en = {}",
        quote(&format!(
            "Natural Earth 1:10m Admin 0 countries, version 4.1.0 (public domain), via world-atlas {version} (countries-10m.json)"
        ))
    );
    let _ = writeln!(
        t,
        "source_ja = {}",
        quote(&format!(
            "Natural Earth 1:10m 国境データ 4.1.0 版(パブリックドメイン)、world-atlas {version} の countries-10m.json より"
        ))
    );
    let _ = writeln!(t, "attribution_en = {}", quote("Map data: Natural Earth"));
    let _ = writeln!(t, "attribution_ja = {}", quote("地図データ:Natural Earth"));
    let _ = writeln!(t, "tolerance = {:?}", opts.tolerance);
    let _ = writeln!(t, "min_area = {:?}", opts.min_area);
    let _ = writeln!(t, "clip_margin = {:?}", opts.margin);
    let _ = writeln!(t, "fill_rule = \"evenodd\"\n");

    let _ = writeln!(t, "[projection]");
    let _ = writeln!(t, "kind = \"mercator\"");
    let _ = writeln!(t, "west = {:?}", proj.west);
    let _ = writeln!(t, "east = {:?}", proj.east);
    let _ = writeln!(t, "south = {:?}", proj.south);
    let _ = writeln!(t, "north = {:?}", proj.north);
    let _ = writeln!(t, "width = {:?}", proj.width);
    let _ = writeln!(t, "height = {:?}", r1(proj.height()));
    let _ = writeln!(t, "scale = {:?}", proj.scale());
    let _ = writeln!(t, "view_box = \"0 0 {w} {h}\"\n");

    for c in countries {
        let _ = writeln!(t, "[[country]]");
        let _ = writeln!(t, "id = {}", quote(c.names.id));
        let _ = writeln!(t, "name_ja = {}", quote(c.names.ja));
        let _ = writeln!(t, "name_en = {}", quote(c.names.en));
        if let Some((lon, lat)) = c.names.label {
            let p = proj.project(lon, lat);
            let _ = writeln!(t, "label_xy = [{:?}, {:?}]", r1(p.x), r1(p.y));
        }
        let _ = writeln!(t, "path = {}\n", quote(&encode_path(&c.rings)));
    }

    for s in names::SEAS {
        let p = proj.project(s.at.0, s.at.1);
        let _ = writeln!(t, "[[sea]]");
        let _ = writeln!(t, "id = {}", quote(s.id));
        let _ = writeln!(t, "name_ja = {}", quote(s.ja));
        let _ = writeln!(t, "name_en = {}", quote(s.en));
        let _ = writeln!(t, "lon = {:?}", s.at.0);
        let _ = writeln!(t, "lat = {:?}", s.at.1);
        let _ = writeln!(t, "label_xy = [{:?}, {:?}]", r1(p.x), r1(p.y));
        if !s.also_ja.is_empty() {
            let _ = writeln!(t, "also_ja = {}", quote_list(s.also_ja));
            let _ = writeln!(t, "also_en = {}", quote_list(s.also_en));
        }
        if !s.hotspot.is_empty() {
            let _ = writeln!(t, "hotspot = {}", quote(s.hotspot));
        }
        t.push('\n');
    }
    t
}

/// A plain preview of the output, for a person to look at.
fn write_svg(countries: &[Country], proj: &Projection) -> String {
    let [_, _, w, h] = proj.view_box();
    let mut s = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {w} {h}\" width=\"{w}\" height=\"{h}\">\n\
         <rect width=\"{w}\" height=\"{h}\" fill=\"#dbe9f4\"/>\n"
    );
    for c in countries {
        let _ = writeln!(
            s,
            "<path d=\"{}\" fill=\"#f4f1e8\" stroke=\"#8a8577\" stroke-width=\"0.8\" fill-rule=\"evenodd\"><title>{}</title></path>",
            encode_path(&c.rings),
            c.names.en
        );
    }
    for c in countries {
        if let Some((lon, lat)) = c.names.label {
            let p = proj.project(lon, lat);
            let _ = writeln!(
                s,
                "<text x=\"{:.1}\" y=\"{:.1}\" font-family=\"sans-serif\" font-size=\"14\" text-anchor=\"middle\" fill=\"#444\">{}</text>",
                p.x, p.y, c.names.en
            );
        }
    }
    for sea in names::SEAS {
        let p = proj.project(sea.at.0, sea.at.1);
        let _ = writeln!(
            s,
            "<text x=\"{:.1}\" y=\"{:.1}\" font-family=\"serif\" font-style=\"italic\" font-size=\"14\" text-anchor=\"middle\" fill=\"#3a6f9a\">{}</text>",
            p.x, p.y, sea.en
        );
    }
    s.push_str("</svg>\n");
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_relative_and_compact() {
        let rings = vec![
            vec![(10, 20), (13, 18), (12, 22), (10, 20)],
            vec![(30, 30), (31, 30), (31, 31), (30, 30)],
        ];
        assert_eq!(encode_path(&rings), "m10 20 3-2-1 4zm20 10 1 0 0 1z");
    }

    #[test]
    fn toml_strings_are_escaped() {
        assert_eq!(quote("a\"b\\c"), "\"a\\\"b\\\\c\"");
        assert_eq!(quote_list(&["x", "y"]), "[\"x\", \"y\"]");
    }

    #[test]
    fn every_labelled_country_and_sea_is_inside_the_frame() {
        for c in names::COUNTRIES {
            if let Some((lon, lat)) = c.label {
                assert!(EAST_ASIA.contains(lon, lat), "{} label outside", c.en);
            }
        }
        for s in names::SEAS {
            assert!(EAST_ASIA.contains(s.at.0, s.at.1), "{} label outside", s.en);
            assert_eq!(s.also_ja.len(), s.also_en.len(), "{}", s.en);
        }
    }

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
    }
}
