//! The validate stage: the parsed files ([`super::schema`]) become typed, checked values
//! (projected points, parsed dates, resolved party, domain and source positions,
//! prose as checked pieces), the naming policy is checked ([`naming`]), and every problem is recorded with its file, entry and
//! field, in the order of the files. The render and emit stages read only these values
//! and record nothing.

mod geometry;
mod hotspot;
mod naming;
mod parties;
mod place;

use super::check::{entry_name, Check};
use super::dates::Date;
use super::schema::{Country, Event, GeometryFile, Hotspot, HotspotsFile, Place, Sea};
use crate::error::Problems;
use crate::glossary::Glossary;
pub(crate) use crate::markup::Prose;
use crate::sources::Sources;

/// What the checks of `hotspots.toml` read besides the entry at hand.
pub(crate) struct Ctx<'a> {
    /// The whole file (parties and domains are referred to by id).
    pub(crate) cards: &'a HotspotsFile,
    /// `sources.toml`.
    pub(crate) sources: &'a Sources,
    /// The glossary, for links in prose.
    pub(crate) glossary: &'a Glossary,
    /// The file, as messages name it.
    pub(crate) file: &'a str,
    /// The claim checks (ids seen so far).
    pub(crate) claims: std::cell::RefCell<crate::claims::Checker>,
}

impl Ctx<'_> {
    /// Checks `claim`, owned by `owner`, with `c`'s file and entry.
    pub(crate) fn claim(&self, claim: &crate::claims::Claim, owner: &str, c: &mut Check) {
        self.claims.borrow_mut().check(
            claim,
            owner,
            self.sources,
            (c.file, &c.entry.clone()),
            c.problems,
        );
    }
}

/// A `[[country]]`, with the label the map shows for it, if any.
pub(crate) struct CheckedCountry<'a> {
    /// The entry.
    pub(crate) country: &'a Country,
    /// Its label point in view-box units, when it is labelled.
    pub(crate) label: Option<[f64; 2]>,
}

/// A timeline event, checked.
pub(crate) struct CheckedEvent<'a> {
    /// The entry.
    pub(crate) event: &'a Event,
    /// Its date, when it is one.
    pub(crate) date: Option<Date>,
    /// What happened.
    pub(crate) text: Prose,
}

/// A `[[hotspot]]` and its card, checked.
pub(crate) struct CheckedHotspot<'a> {
    /// The entry.
    pub(crate) hotspot: &'a Hotspot,
    /// The label point, projected.
    pub(crate) label: (f64, f64),
    /// The region, projected.
    pub(crate) region: Vec<(f64, f64)>,
    /// The oldest date its own claims (stakes, events, measures) were checked up to.
    pub(crate) as_of: Option<Date>,
    /// What is at stake.
    pub(crate) stakes: Vec<Prose>,
    /// Positions in `[[party]]`.
    pub(crate) parties: Vec<usize>,
    /// Positions in `[[domain]]`.
    pub(crate) domains: Vec<usize>,
    /// The timeline.
    pub(crate) events: Vec<CheckedEvent<'a>>,
    /// The measures for the United States, China and both.
    pub(crate) measures: [Vec<Prose>; 3],
}

/// A `[[place]]`, checked.
pub(crate) struct CheckedPlace<'a> {
    /// The entry.
    pub(crate) place: &'a Place,
    /// Its point, projected.
    pub(crate) at: (f64, f64),
    /// Its hotspot's position, when known.
    pub(crate) hotspot: Option<usize>,
    /// The positions in `[[party]]` of the parties that name it.
    pub(crate) parties: Vec<usize>,
}

/// The map's content, checked: everything the render and emit stages read.
pub(crate) struct CheckedMap<'a> {
    /// `geometry.toml`.
    pub(crate) geometry: &'a GeometryFile,
    /// `hotspots.toml`.
    pub(crate) cards: &'a HotspotsFile,
    /// Every country, in file order.
    pub(crate) countries: Vec<CheckedCountry<'a>>,
    /// The seas the map labels.
    pub(crate) seas: Vec<&'a Sea>,
    /// Every hotspot, in file order.
    pub(crate) hotspots: Vec<CheckedHotspot<'a>>,
    /// Every place, in file order.
    pub(crate) places: Vec<CheckedPlace<'a>>,
}

/// The two files' names, as messages give them.
pub(crate) struct Files<'a> {
    /// `geometry.toml`.
    pub(crate) geometry: &'a str,
    /// `hotspots.toml`.
    pub(crate) cards: &'a str,
}

/// Checks both files (with the sources and glossary the cards cite and link) and
/// returns their typed values; problems go to `problems`.
pub(crate) fn validate<'a>(
    (geometry, cards): (&'a GeometryFile, &'a HotspotsFile),
    (sources, glossary): (&Sources, &Glossary),
    files: &Files,
    problems: &mut Problems,
) -> CheckedMap<'a> {
    let hotspot_ids: Vec<&str> = cards.hotspot.iter().map(|h| h.id.as_str()).collect();
    let hotspot_names: Vec<&str> = cards.hotspot.iter().map(|h| h.name_en.as_str()).collect();
    geometry::meta(geometry, files.geometry, problems);
    geometry::projection(geometry, files.geometry, problems);
    let countries = geometry::countries(geometry, &hotspot_names, files.geometry, problems);
    let seas = geometry::seas(geometry, &hotspot_ids, files.geometry, problems);

    let ctx = Ctx {
        cards,
        sources,
        glossary,
        file: files.cards,
        claims: std::cell::RefCell::new(crate::claims::Checker::new(crate::claims::today())),
    };
    parties::parties(cards, files.cards, problems);
    parties::domains(&ctx, problems);
    // Their ids are public (`hotspot`, `hotspot-select`): each is checked as an id
    // below, and the contract lock records them (`crate::public_ids`).
    if hotspot_ids.is_empty() {
        problems.push(
            files.cards,
            "[[hotspot]]",
            "id",
            "the map needs at least one hotspot",
        );
    }
    let mut seen = hotspot::Seen::new();
    let hotspots: Vec<CheckedHotspot> = cards
        .hotspot
        .iter()
        .enumerate()
        .map(|(i, h)| {
            let mut c = Check::new(problems, files.cards, entry_name("hotspot", &h.id, i));
            hotspot::hotspot(&ctx, h, &mut seen, &mut c)
        })
        .collect();
    let mut seen = hotspot::Seen::new();
    let places = cards
        .place
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let mut c = Check::new(problems, files.cards, entry_name("place", &p.id, i));
            place::place(&ctx, p, &hotspots, &mut seen, &mut c)
        })
        .collect();
    naming::check_cards(cards, files.cards, problems);
    CheckedMap {
        geometry,
        cards,
        countries,
        seas,
        hotspots,
        places,
    }
}
