//! The glossary: term matching in running text and popover placement (pure, tested
//! natively), the entry and index decoded from the data files the build writes (and
//! an author's own terms, with the `authors` feature: inline, or a file a scope names),
//! and the [`term::GlossaryTerm`] / [`scope::glossary_scope`] components over them, each
//! with its element's registry entry (`WIDGET`).

#[cfg(feature = "authors")]
pub mod author;
#[cfg(feature = "authors")]
pub mod author_file;
pub mod card;
pub mod entry;
#[cfg(feature = "scope")]
pub mod index;
#[cfg(feature = "authors")]
pub mod inline;
#[cfg(feature = "scope")]
pub mod matcher;
pub mod open_state;
pub mod placement;
#[cfg(feature = "scope")]
pub mod scope;
pub mod term;
pub mod term_popover;
pub mod use_dismissal;
pub mod use_entries;
pub mod use_hover_intent;
pub mod use_placement;
pub mod use_popover;
pub mod use_trigger;
