//! The glossary: term matching in running text and popover placement (pure, tested
//! natively), the entry and index decoded from the data files the build writes, and
//! the `<glossary-term>` / `<glossary-scope>` views over them.

pub mod entry;
pub mod index;
pub mod matcher;
pub mod open_state;
pub mod placement;
pub mod popover;
pub mod scope;
pub mod term;
