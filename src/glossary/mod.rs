//! The glossary: term matching in running text and popover placement (pure, tested
//! natively), the entry and index decoded from the data files the build writes (and
//! an author's own terms: inline, or a file a scope names), and the
//! `<glossary-term>` / `<glossary-scope>` views over them.

pub mod author;
pub mod author_file;
pub mod entry;
pub mod index;
pub mod inline;
pub mod matcher;
pub mod open_state;
pub mod placement;
pub mod popover;
pub mod scope;
pub mod term;
