//! Checks the layers' legends against their geometry, the sources, the glossary and
//! the hotspots, and joins them: every problem is named with file, entry and field.

use super::schema::{GeoFeature, Layer, LayerFeature, LayerGeometryFile, LayersFile};
use crate::claims::{cited_source, Checker, Claim};
use crate::error::Problems;
use crate::glossary::Glossary;
use crate::markup::{check, Prose};
use crate::sources::Sources;
use crate::text::{looks_english, looks_japanese};

/// The shapes a feature can have.
pub const SHAPES: [&str; 4] = ["area", "line", "dashes", "marker"];

/// One layer, checked: its legend's prose and each feature with its geometry.
#[derive(Debug)]
pub struct CheckedLayer<'a> {
    /// As written.
    pub layer: &'a Layer,
    /// The legend's claims as prose, in order.
    pub prose: Vec<Prose>,
    /// Each feature's names and geometry.
    pub features: Vec<(&'a LayerFeature, &'a GeoFeature)>,
    /// Each feature's coordinates source as a claim (for the notes: cite only).
    pub sourcing: Vec<Claim>,
}

/// The owner of a layer's claim ids: `layer-<id>` (glossary entries own `<id>/…`).
pub fn owner(layer: &str) -> String {
    format!("layer-{layer}")
}

/// What the checks read.
pub struct Ctx<'a> {
    /// `sources.toml`.
    pub sources: &'a Sources,
    /// The glossary.
    pub glossary: &'a Glossary,
    /// The hotspot ids.
    pub hotspots: &'a [&'a str],
    /// The two files' names, for messages.
    pub files: (&'a str, &'a str),
}

/// Checks a feature's coordinates source.
fn check_cite(g: &GeoFeature, ctx: &Ctx, problems: &mut Problems) {
    let entry = format!("feature \"{}\"", g.id);
    let file = ctx.files.1;
    if let Err(m) = cited_source(&g.cite, ctx.sources) {
        problems.push(file, &entry, "cite", m);
    }
    if !SHAPES.contains(&g.shape.as_str()) {
        problems.push(
            file,
            &entry,
            "shape",
            format!("one of {}", SHAPES.join(", ")),
        );
    }
    let drawn = if g.shape == "marker" {
        g.marker.len() == 2
    } else {
        !g.path.is_empty()
    };
    if !drawn {
        problems.push(file, &entry, "path", "no geometry: regenerate the file");
    }
    if g.licence.trim().is_empty() || !looks_japanese(&g.note_ja) || !looks_english(&g.note_en) {
        problems.push(
            file,
            &entry,
            "licence",
            "a licence and the note in both languages",
        );
    }
}

/// One layer checked.
fn layer<'a>(
    l: &'a Layer,
    geometry: &'a LayerGeometryFile,
    ctx: &Ctx,
    (checker, problems): (&mut Checker, &mut Problems),
) -> CheckedLayer<'a> {
    let file = ctx.files.0;
    let entry = format!("layer \"{}\"", l.id);
    let kebab = !l.id.is_empty()
        && l.id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    if !kebab {
        problems.push(file, &entry, "id", "a-z, 0-9 and -");
    }
    if !looks_japanese(&l.name_ja) || !looks_english(&l.name_en) {
        problems.push(file, &entry, "name_ja", "a name in both languages");
    }
    if !l.glossary.is_empty() && ctx.glossary.index_of(&l.glossary).is_none() {
        problems.push(
            file,
            &entry,
            "glossary",
            format!("no glossary entry \"{}\"", l.glossary),
        );
    }
    for h in &l.hotspots {
        if !ctx.hotspots.contains(&h.as_str()) {
            problems.push(file, &entry, "hotspots", format!("no hotspot \"{h}\""));
        }
    }
    if l.claim.is_empty() || l.feature.is_empty() {
        problems.push(
            file,
            &entry,
            "claim",
            "a layer has features and a legend of claims",
        );
    }
    let own = owner(&l.id);
    let mut prose = Vec::new();
    for c in &l.claim {
        checker.check(c, &own, ctx.sources, (file, &entry), problems);
        let mut piece = |s: &str, lang: &str| match check(s, ctx.glossary) {
            Ok(p) => p,
            Err(m) => {
                problems.push(file, &entry, &format!("claim \"{}\".{lang}", c.id), m);
                Vec::new()
            }
        };
        prose.push(Prose {
            ja: piece(&c.ja, "ja"),
            en: piece(&c.en, "en"),
        });
    }
    let mut features = Vec::new();
    let mut sourcing = Vec::new();
    for f in &l.feature {
        if !f.id.starts_with(&format!("{}/", l.id)) {
            problems.push(
                file,
                &entry,
                "feature.id",
                format!("\"{}\" does not start with \"{}/\"", f.id, l.id),
            );
        }
        if !looks_japanese(&f.name_ja) || !looks_english(&f.name_en) {
            problems.push(
                file,
                &entry,
                &format!("feature \"{}\".name_ja", f.id),
                "a name in both languages",
            );
        }
        match geometry.feature.iter().find(|g| g.id == f.id) {
            None => problems.push(
                file,
                &entry,
                &format!("feature \"{}\"", f.id),
                "no geometry with this id in layer-geometry.toml",
            ),
            Some(g) => {
                check_cite(g, ctx, problems);
                sourcing.push(Claim {
                    id: f.id.clone(),
                    cite: vec![g.cite.clone()],
                    ..Claim::default()
                });
                features.push((f, g));
            }
        }
    }
    CheckedLayer {
        layer: l,
        prose,
        features,
        sourcing,
    }
}

/// Every layer checked, in order; every geometry feature must belong to one.
pub fn layers<'a>(
    (file, geometry): (&'a LayersFile, &'a LayerGeometryFile),
    ctx: &Ctx,
    problems: &mut Problems,
) -> Vec<CheckedLayer<'a>> {
    let mut checker = Checker::new(crate::claims::today());
    let mut seen = std::collections::BTreeSet::new();
    let out: Vec<CheckedLayer> = file
        .layer
        .iter()
        .map(|l| {
            if !seen.insert(l.id.as_str()) {
                problems.push(
                    ctx.files.0,
                    &format!("layer \"{}\"", l.id),
                    "id",
                    "duplicate layer id",
                );
            }
            layer(l, geometry, ctx, (&mut checker, problems))
        })
        .collect();
    for g in &geometry.feature {
        if !out
            .iter()
            .flat_map(|l| &l.features)
            .any(|(_, f)| f.id == g.id)
        {
            problems.push(
                ctx.files.1,
                &format!("feature \"{}\"", g.id),
                "id",
                "no layer in layers.toml names it",
            );
        }
    }
    out
}
