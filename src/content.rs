//! The slider's content from `widgets/`, compiled in by `build.rs` as plain statics (no
//! parser: ids and bounds, the `Zone` enum; its words are a data file per language), and the bilingual
//! text type every widget uses. The glossary is not here:
//! it is fetched as data ([`crate::data`]).

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

/// Words with placeholders (a `text.toml` template), in both languages, split at build
/// time: each placeholder's name with the text just before it, then the text after the
/// last one with an empty name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Template {
    /// Japanese.
    pub ja: &'static [(&'static str, &'static str)],
    /// English.
    pub en: &'static [(&'static str, &'static str)],
}

impl Template {
    /// The parts in `lang`.
    pub fn get(&self, lang: Lang) -> &'static [(&'static str, &'static str)] {
        match lang {
            Lang::Ja => self.ja,
            Lang::En => self.en,
        }
    }

    /// The words in `lang` with the placeholders filled from `values` (a name without a
    /// value is left empty).
    pub fn fill(&self, lang: Lang, values: &[(&str, &str)]) -> String {
        let mut out = String::new();
        for (before, name) in self.get(lang) {
            out.push_str(before);
            if let Some((_, v)) = values.iter().find(|(n, _)| n == name) {
                out.push_str(v);
            }
        }
        out
    }
}

/// A zone of the deterrence–reassurance axis (`widgets/deterrence-slider/content.toml`;
/// its words are in the slider's words file, [`crate::deterrence_slider::words`]).
#[cfg(feature = "deterrence-slider")]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SliderZone {
    /// Stable id, the same as `Zone::id()` (both generated from content.toml).
    pub id: &'static str,
    /// First value in the zone.
    pub min: u8,
    /// Last value in the zone.
    pub max: u8,
}

/// One of the slider's gauges (its label and help are in the words file).
#[cfg(feature = "deterrence-slider")]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SliderOutput {
    /// Stable id (`spiral`, `exploitation`, `appeasement`, `overall`).
    pub id: &'static str,
}

/// A concrete example from seed 004, shown over a range of the axis (its HTML, in the
/// words file, is a finished `<li>`, escaped at build time).
#[cfg(feature = "deterrence-slider")]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SliderExample {
    /// Stable id.
    pub id: &'static str,
    /// First value where it is shown.
    pub min: u8,
    /// Last value where it is shown.
    pub max: u8,
}

/// A text of the slider's `[model]`: its position in the words file's `texts`.
#[cfg(feature = "deterrence-slider")]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ModelText(pub usize);

/// A list of texts of the slider's `[model]`: its position in the words file's `lists`.
#[cfg(feature = "deterrence-slider")]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ModelList(pub usize);

#[cfg(feature = "deterrence-slider")]
include!(concat!(env!("OUT_DIR"), "/slider.rs"));

/// The slider widget's interface words, from `widgets/deterrence-slider/text.toml`
/// (see [`crate::ui_text`]).
#[cfg(feature = "deterrence-slider")]
pub use crate::ui_text::deterrence_slider as slider_labels;

#[cfg(all(test, feature = "deterrence-slider"))]
mod tests {
    use super::*;

    /// The zones' table and the `Zone` enum, generated from the same entries, agree.
    #[test]
    fn slider_zones_tile_the_axis_like_the_zone_enum() {
        assert_eq!(SLIDER_ZONES.len(), Zone::ALL.len());
        let mut next = 0u16;
        for (z, m) in SLIDER_ZONES.iter().zip(Zone::ALL) {
            assert_eq!(z.id, m.id());
            assert_eq!((z.min, z.max), (m.min(), m.max()));
            assert_eq!(u16::from(z.min), next);
            next = u16::from(z.max) + 1;
        }
        assert_eq!(next, 101);
        assert_eq!(SLIDER_OUTPUTS.len(), 4);
    }

    /// A template's words with its placeholders filled, in each language; a value not
    /// given leaves its placeholder empty.
    #[test]
    fn a_template_is_filled_in_each_language() {
        let t = Template {
            ja: &[("", "t"), ("：", "n"), ("件", "")],
            en: &[("", "t"), (": ", "n"), (" items", "")],
        };
        assert_eq!(t.fill(Lang::Ja, &[("t", "例"), ("n", "3")]), "例：3件");
        assert_eq!(t.fill(Lang::En, &[("n", "3")]), ": 3 items");
    }
}
