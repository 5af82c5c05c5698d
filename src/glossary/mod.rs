//! The glossary: lookup by id, term matching in running text, popover placement (pure,
//! tested natively), and the `<glossary-term>` / `<glossary-scope>` views over them.

pub mod lookup;
pub mod matcher;
pub mod open_state;
pub mod placement;
pub mod popover;
pub mod scope;
pub mod term;
