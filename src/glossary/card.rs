//! The content of a glossary popover: the card of one entry as HTML (the
//! `glossary-card` crate renders it: at build time for the built-in entries, into their
//! data files; when it is complete for an author's own entry, which exists only at run
//! time, see `entry::Own`), and the card's buttons, handled with one click listener
//! ([`Action::of`]).

use glossary_card::{BACK, CLOSE, REL};

use crate::glossary::entry::Entry;

/// What a click on one of the card's buttons asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Open the related entry with this id in the same popover.
    Go(String),
    /// Go back to the entry the popover opened on.
    Back,
    /// Close the popover.
    Close,
}

impl Action {
    /// The action of a button, from its class and `data-term` (`None` for anything
    /// else: the card's text, the source link, the disclosure).
    pub fn of(class: &str, term: Option<String>) -> Option<Action> {
        let has = |c: &str| class.split_ascii_whitespace().any(|x| x == c);
        if has(REL) {
            term.map(Action::Go)
        } else if has(BACK) {
            Some(Action::Back)
        } else if has(CLOSE) {
            Some(Action::Close)
        } else {
            None
        }
    }
}

/// The buttons an [`Action`] is read from (for `Element::closest`).
pub const BUTTONS: &str = "button";

/// One entry's card; `is_base` says it is the entry the popover opened on (else it has
/// a back button).
pub fn card_html(entry: &Entry, is_base: bool) -> String {
    let [start, back, end] = &entry.card;
    [start.as_str(), if is_base { "" } else { back }, end].concat()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_buttons_actions() {
        assert_eq!(
            Action::of("gx-rel", Some("x".into())),
            Some(Action::Go("x".into()))
        );
        assert_eq!(Action::of("gx-rel", None), None);
        assert_eq!(Action::of("gx-back", None), Some(Action::Back));
        assert_eq!(Action::of("ex-close gx-close", None), Some(Action::Close));
        assert_eq!(Action::of("gx-closer", None), None);
        assert_eq!(Action::of("", None), None);
    }

    /// Every class the card writes for a button reads back as its action, and a
    /// built-in entry's back button shows only away from the entry it opened on.
    #[test]
    fn a_built_in_cards_parts_and_buttons() {
        let entry = Entry {
            id: "x".into(),
            card: [
                "<div><button type=\"button\" class=\"ex-close gx-close\">".into(),
                "<button type=\"button\" class=\"gx-back\">".into(),
                "</div>".into(),
            ],
            ..Entry::default()
        };
        let base = card_html(&entry, true);
        assert!(!base.contains("gx-back"));
        let followed = card_html(&entry, false);
        for class in ["gx-back", "ex-close gx-close"] {
            assert!(followed.contains(class), "{class}");
            assert!(Action::of(class, None).is_some(), "{class}");
        }
    }
}
