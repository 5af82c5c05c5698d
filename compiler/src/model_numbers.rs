//! The escalation model's numbers as the prose quotes them: a placeholder
//! `{model.NAME}` in a content file (`widgets/deterrence-slider/content.toml`, a
//! `widget.toml` summary) is replaced, before the file is read, by the number named
//! [`NUMBERS`] gives, taken from the `escalation-model` crate, the one owner of every
//! constant and default (the widget runs the same crate). A name not in the table is a
//! problem naming the file and the line. So the text readers see cannot drift from the
//! model: change a constant there and every sentence quoting it follows.

use escalation_model::{
    lowest_risk_mix, Params, A_G, A_I, A_K, A_X, A_Y, DEFAULT_MISPERCEPTION, DEFAULT_MIX,
    DEFAULT_ROUNDS, H_P, H_T, H_X, KAPPA, MISPERCEPTION_MAX, MISPERCEPTION_STEP, MIX_MAX, MIX_MIN,
    OMEGA, PI0, PSI, RUNS, T0, ZETA,
};

use crate::error::Problems;

/// How a number is written.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Number {
    /// As a decimal, shortest form (`0.3`, `0.25`).
    Decimal(f64),
    /// A share as whole per cent, without the sign (`0.15` → `15`).
    Percent(f64),
    /// A whole number.
    Whole(i64),
}

impl Number {
    /// The number as the prose shows it.
    pub fn text(self) -> String {
        match self {
            Number::Decimal(v) => format!("{v}"),
            // A share in 0..=1: its per cent is a small whole number once rounded.
            Number::Percent(v) => format!("{}", (v * 100.0).round() as i64),
            Number::Whole(n) => n.to_string(),
        }
    }
}

/// Every number the prose may quote: its placeholder name (`{model.NAME}`) and value.
pub fn numbers() -> Vec<(&'static str, Number)> {
    use Number::{Decimal, Percent, Whole};
    vec![
        ("mix_min", Decimal(MIX_MIN)),
        ("mix_max", Decimal(MIX_MAX)),
        ("default_mix", Decimal(DEFAULT_MIX)),
        ("default_misperception_pct", Percent(DEFAULT_MISPERCEPTION)),
        ("max_misperception_pct", Percent(MISPERCEPTION_MAX)),
        ("misperception_step_pct", Percent(MISPERCEPTION_STEP)),
        ("default_rounds", Whole(i64::from(DEFAULT_ROUNDS))),
        ("runs", Whole(RUNS as i64)),
        ("t0", Decimal(T0)),
        ("kappa", Decimal(KAPPA)),
        ("omega", Decimal(OMEGA)),
        ("psi", Decimal(PSI)),
        ("pi0", Decimal(PI0)),
        ("pi0_rest", Decimal(1.0 - PI0)),
        ("zeta", Decimal(ZETA)),
        ("a_k", Decimal(A_K)),
        ("a_x", Decimal(A_X)),
        ("a_i", Decimal(A_I)),
        ("a_y", Decimal(A_Y)),
        ("a_g", Decimal(A_G)),
        ("h_t", Decimal(H_T)),
        ("h_x", Decimal(H_X)),
        ("h_p", Decimal(H_P)),
        (
            "default_lowest_risk_mix",
            Whole(i64::from(lowest_risk_mix(&Params::default()))),
        ),
    ]
}

/// What opens a placeholder.
const OPEN: &str = "{model.";

/// `text` (the file `file`) with every `{model.NAME}` replaced by its number (comment
/// lines are left alone); each unknown or unclosed one is recorded (entry: its line)
/// and left as it is.
pub fn fill(text: &str, file: &str, problems: &mut Problems) -> String {
    if !text.contains(OPEN) {
        return text.to_owned();
    }
    let table = numbers();
    let mut out = String::with_capacity(text.len());
    for (n, line) in text.split_inclusive('\n').enumerate() {
        // A comment line may talk about placeholders: it is left as written.
        if line.trim_start().starts_with('#') {
            out.push_str(line);
            continue;
        }
        let mut rest = line;
        while let Some(at) = rest.find(OPEN) {
            let (before, from) = rest.split_at(at);
            out.push_str(before);
            let name_len = from[OPEN.len()..]
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                .unwrap_or(from.len() - OPEN.len());
            let name = &from[OPEN.len()..OPEN.len() + name_len];
            let closed = from[OPEN.len() + name_len..].starts_with('}');
            match table.iter().find(|(k, _)| *k == name) {
                Some((_, v)) if closed => {
                    out.push_str(&v.text());
                    rest = &from[OPEN.len() + name_len + 1..];
                }
                _ => {
                    let known: Vec<&str> = table.iter().map(|(k, _)| *k).collect();
                    problems.push(
                        file,
                        &format!("line {}", n + 1),
                        &format!("{OPEN}{name}}}"),
                        format!(
                            "not a number of the model (write {OPEN}NAME}} with one of: {})",
                            known.join(", ")
                        ),
                    );
                    out.push_str(OPEN);
                    rest = &from[OPEN.len()..];
                }
            }
        }
        out.push_str(rest);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_become_the_models_numbers() {
        let mut p = Problems::default();
        let text = "a = \"{model.default_rounds} rounds, {model.default_misperception_pct}%\"\nb = \"T starts at {model.t0}; 1 − {model.pi0} = {model.pi0_rest}\"\n";
        let filled = fill(text, "content.toml", &mut p);
        assert!(p.is_empty(), "{p}");
        assert_eq!(
            filled,
            format!(
                "a = \"{DEFAULT_ROUNDS} rounds, {}%\"\nb = \"T starts at {T0}; 1 − {PI0} = {}\"\n",
                (DEFAULT_MISPERCEPTION * 100.0).round(),
                1.0 - PI0
            )
        );
    }

    #[test]
    fn an_unknown_or_unclosed_placeholder_is_named_with_its_line() {
        let mut p = Problems::default();
        let text = "a = 1\nb = \"{model.rounds} and {model.t0\"\n  # {model.NAME} in a comment\n";
        let filled = fill(text, "content.toml", &mut p);
        assert!(p.mentions("line 2", "{model.rounds}"), "{p}");
        assert!(p.mentions("line 2", "{model.t0}"), "{p}");
        assert_eq!(p.0.len(), 2, "{p}");
        assert_eq!(filled, text);
    }

    #[test]
    fn numbers_are_written_as_readers_read_them() {
        assert_eq!(Number::Decimal(0.30).text(), "0.3");
        assert_eq!(Number::Decimal(100.0).text(), "100");
        assert_eq!(Number::Percent(0.15).text(), "15");
        assert_eq!(Number::Percent(0.5).text(), "50");
        assert_eq!(Number::Whole(8).text(), "8");
        let names: Vec<&str> = numbers().iter().map(|(k, _)| *k).collect();
        let mut unique = names.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), names.len(), "a name twice");
    }
}
