//! The content of `widgets/`, compiled in by `build.rs`: plain statics, no parser.

use crate::attrs::Lang;

/// A text in both languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Bi {
    /// Japanese.
    pub ja: &'static str,
    /// English.
    pub en: &'static str,
}

impl Bi {
    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Ja => self.ja,
            Lang::En => self.en,
        }
    }
}

/// A cited document (`widgets/sources.toml`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Source {
    /// Stable id (`seed-004`).
    pub id: &'static str,
    /// True for the project's seed documents, false for other public texts.
    pub seed: bool,
    /// Title.
    pub title: Bi,
    /// Publisher or author.
    pub publisher: Bi,
    /// Publication date, as free text.
    pub date: &'static str,
    /// A public address, or empty.
    pub url: &'static str,
}

/// A glossary entry (`widgets/glossary/terms.toml`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Term {
    /// Stable id used by `<glossary-term term="…">`.
    pub id: &'static str,
    /// Japanese term.
    pub ja: &'static str,
    /// Reading in kana.
    pub reading: &'static str,
    /// English term.
    pub en: &'static str,
    /// One-line definition.
    pub definition: Bi,
    /// Short explanation.
    pub explanation: Bi,
    /// Positions in [`TERMS`] of related entries.
    pub related: &'static [u16],
    /// Position in [`SOURCES`] of the source.
    pub source: u16,
}

impl Term {
    /// The term in `lang`.
    pub fn name(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Ja => self.ja,
            Lang::En => self.en,
        }
    }
}

/// A surface form recognised in running text by the glossary scope.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MatchForm {
    /// The form; lower-case when `latin`.
    pub text: &'static str,
    /// Latin forms match case-insensitively and only as whole words.
    pub latin: bool,
    /// Position in [`TERMS`].
    pub term: u16,
}

/// A zone of the deterrence–reassurance axis (`widgets/deterrence-slider/content.toml`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SliderZone {
    /// Stable id, the same as `model::Zone::id()`.
    pub id: &'static str,
    /// First value in the zone.
    pub min: u8,
    /// Last value in the zone.
    pub max: u8,
    /// Zone name.
    pub name: Bi,
    /// The words `aria-valuetext` uses for positions in the zone.
    pub value_text: Bi,
    /// What seed 004 says about this mix, as HTML (escaped at build time; glossary
    /// terms are `<glossary-term>` elements).
    pub explanation: Bi,
}

/// One of the slider's four gauges.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SliderOutput {
    /// Stable id (`spiral`, `exploitation`, `appeasement`, `overall`).
    pub id: &'static str,
    /// Label.
    pub label: Bi,
    /// One or two sentences on what the gauge measures, as HTML.
    pub help: Bi,
}

/// A concrete example from seed 004, shown over a range of the axis.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SliderExample {
    /// Stable id.
    pub id: &'static str,
    /// First value where it is shown.
    pub min: u8,
    /// Last value where it is shown.
    pub max: u8,
    /// The example as a finished `<li>` (kind, title, body, and for steps the US / China
    /// / both recommendations), escaped at build time, in each language.
    pub html: Bi,
}

include!(concat!(env!("OUT_DIR"), "/content.rs"));

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_reference_points_inside_the_tables() {
        assert!(TERMS.len() >= 2);
        for t in TERMS {
            assert!(usize::from(t.source) < SOURCES.len(), "{}", t.id);
            for r in t.related {
                assert!(usize::from(*r) < TERMS.len(), "{}", t.id);
            }
        }
        for f in MATCH_FORMS {
            assert!(usize::from(f.term) < TERMS.len());
        }
        assert_eq!(TERM_IDS.len(), TERMS.len());
    }

    #[test]
    fn slider_zones_tile_the_axis_like_the_model() {
        let mut next = 0u16;
        for (z, m) in SLIDER_ZONES.iter().zip(crate::model::Zone::ALL) {
            assert_eq!(z.id, m.id());
            assert_eq!((z.min, z.max), (m.min(), m.max()));
            assert_eq!(u16::from(z.min), next);
            next = u16::from(z.max) + 1;
        }
        assert_eq!(next, 101);
        assert_eq!(SLIDER_OUTPUTS.len(), 4);
        assert!(
            SLIDER_EXAMPLES.len() <= 64,
            "the slider tracks examples as a 64-bit set"
        );
    }

    #[test]
    fn term_ids_are_sorted_for_binary_search() {
        assert!(TERM_IDS.windows(2).all(|w| w[0].0 < w[1].0));
    }
}
