//! Content problems: what is wrong, and exactly where.

use std::fmt;

/// One problem in one content file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentError {
    /// Path of the file, relative to the repository when possible.
    pub file: String,
    /// The entry: its id when it has one, else its position (`entry 3`).
    pub entry: String,
    /// The field at fault (empty when the whole file is at fault).
    pub field: String,
    /// What is wrong, in plain words.
    pub message: String,
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.entry.is_empty(), self.field.is_empty()) {
            (true, _) => write!(f, "{}: {}", self.file, self.message),
            (false, true) => write!(f, "{}: {}: {}", self.file, self.entry, self.message),
            (false, false) => write!(
                f,
                "{}: {}, field `{}`: {}",
                self.file, self.entry, self.field, self.message
            ),
        }
    }
}

/// Every problem found in a run, in the order found.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Problems(pub Vec<ContentError>);

impl Problems {
    /// Records one problem.
    pub fn push(&mut self, file: &str, entry: &str, field: &str, message: impl Into<String>) {
        self.0.push(ContentError {
            file: file.to_owned(),
            entry: entry.to_owned(),
            field: field.to_owned(),
            message: message.into(),
        });
    }

    /// True when nothing is wrong.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// `Ok(())` when nothing is wrong, else all problems.
    pub fn into_result(self) -> Result<(), Problems> {
        if self.0.is_empty() {
            Ok(())
        } else {
            Err(self)
        }
    }

    /// True when some problem names this entry and field (used by tests).
    pub fn mentions(&self, entry: &str, field: &str) -> bool {
        self.0
            .iter()
            .any(|p| p.entry.contains(entry) && p.field == field)
    }
}

impl fmt::Display for Problems {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "{} content problem(s):", self.0.len())?;
        for p in &self.0 {
            writeln!(f, "  - {p}")?;
        }
        Ok(())
    }
}
