//! Finds the first occurrence of every glossary term in a run of text segments (the
//! text nodes of an article), longest form first, Latin forms as whole words and
//! case-insensitively, the text folded as the forms were (typographic apostrophes,
//! quotes and dashes, full-width letters and digits, counters: `fold_char`). Offsets
//! are UTF-16 code units, as the DOM counts them.

use glossary_format::text::{fold_char, is_numeral};

/// A surface form recognised in running text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MatchForm<'a> {
    /// The form; lower-case when `latin`.
    pub text: &'a str,
    /// Latin forms match case-insensitively and only as whole words.
    pub latin: bool,
    /// Position of its term in the index's ids.
    pub term: u16,
}

/// One term found in one segment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    /// Which segment (text node) it is in.
    pub segment: usize,
    /// Start, in UTF-16 code units from the start of the segment.
    pub start: u32,
    /// End (exclusive), in UTF-16 code units.
    pub end: u32,
    /// Position of the term in the glossary.
    pub term: u16,
}

/// A matcher over a table of forms sorted by first character (ASCII letters folded to
/// lower case), longest first: the order the build writes the index's forms in.
#[derive(Debug, Clone, Copy)]
pub struct Matcher<'a> {
    forms: &'a [MatchForm<'a>],
}

fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric()
}

impl<'a> Matcher<'a> {
    /// A matcher over `forms` (sorted by first character, then longest first).
    pub fn new(forms: &'a [MatchForm<'a>]) -> Self {
        Matcher { forms }
    }

    /// The forms that start with `c` (folded, and lower-cased for Latin letters).
    fn candidates(&self, c: char) -> &'a [MatchForm<'a>] {
        let key = c.to_ascii_lowercase();
        let first = |f: &MatchForm| f.text.chars().next().unwrap_or('\0').to_ascii_lowercase();
        let lo = self.forms.partition_point(|f| first(f) < key);
        let hi = self.forms.partition_point(|f| first(f) <= key);
        self.forms.get(lo..hi).unwrap_or(&[])
    }

    /// First occurrences of each term across `segments`, in order. Terms whose position
    /// is in `already` (for example, terms the author marked by hand) are skipped.
    pub fn first_occurrences<'s>(
        &self,
        segments: impl IntoIterator<Item = &'s str>,
        already: &[u16],
    ) -> Vec<Hit> {
        let mut seen: Vec<u16> = already.to_vec();
        let mut hits = Vec::new();
        for (segment, text) in segments.into_iter().enumerate() {
            self.scan(segment, text, &mut seen, &mut hits);
        }
        hits
    }

    fn scan(&self, segment: usize, text: &str, seen: &mut Vec<u16>, hits: &mut Vec<Hit>) {
        let mut utf16 = 0u32;
        let mut prev: Option<char> = None;
        let mut skip_until = 0usize;
        for (byte, c) in text.char_indices() {
            let here = utf16;
            utf16 += c.len_utf16() as u32;
            let before = prev;
            let folded = fold_char(c, before.is_some_and(is_numeral));
            prev = Some(folded);
            if byte < skip_until {
                continue;
            }
            let rest = text.get(byte..).unwrap_or("");
            for form in self.candidates(folded) {
                if seen.contains(&form.term) {
                    continue;
                }
                let Some(len) = match_len(form, rest, before) else {
                    continue;
                };
                let matched = rest.get(..len).unwrap_or("");
                let units: u32 = matched.chars().map(|c| c.len_utf16() as u32).sum();
                hits.push(Hit {
                    segment,
                    start: here,
                    end: here + units,
                    term: form.term,
                });
                seen.push(form.term);
                skip_until = byte + len;
                break;
            }
        }
    }
}

/// Byte length in `rest` of `form` at its start, if it matches there: character by
/// character, each text character folded (`before` is the folded character before).
fn match_len(form: &MatchForm, rest: &str, before: Option<char>) -> Option<usize> {
    let mut text = rest.char_indices();
    let mut prev = before;
    let mut end = 0;
    for want in form.text.chars() {
        let (i, c) = text.next()?;
        let got = fold_char(c, prev.is_some_and(is_numeral));
        let same = if form.latin {
            got.eq_ignore_ascii_case(&want)
        } else {
            got == want
        };
        if !same {
            return None;
        }
        prev = Some(got);
        end = i + c.len_utf8();
    }
    if form.latin {
        let after = text.next().map(|(_, c)| fold_char(c, false));
        if before.is_some_and(is_word_char) || after.is_some_and(is_word_char) {
            return None;
        }
    }
    Some(end)
}

#[cfg(test)]
mod tests {
    use super::*;

    static FORMS: &[MatchForm<'static>] = &[
        MatchForm {
            text: "asean",
            latin: true,
            term: 3,
        },
        MatchForm {
            text: "deterrence",
            latin: true,
            term: 1,
        },
        MatchForm {
            text: "安心供与",
            latin: false,
            term: 0,
        },
        MatchForm {
            text: "抑止",
            latin: false,
            term: 1,
        },
        MatchForm {
            text: "拡大核抑止",
            latin: false,
            term: 2,
        },
        MatchForm {
            text: "核の傘",
            latin: false,
            term: 2,
        },
    ];

    fn m() -> Matcher<'static> {
        Matcher::new(FORMS)
    }

    #[test]
    fn the_test_table_is_sorted_like_the_generated_one() {
        let firsts: Vec<char> = FORMS.iter().filter_map(|f| f.text.chars().next()).collect();
        assert!(firsts.windows(2).all(|w| w[0] <= w[1]));
    }

    #[test]
    fn finds_only_the_first_occurrence_of_each_term() {
        let hits = m().first_occurrences(["抑止と安心供与。抑止、安心供与。"], &[]);
        assert_eq!(
            hits,
            vec![
                Hit {
                    segment: 0,
                    start: 0,
                    end: 2,
                    term: 1
                },
                Hit {
                    segment: 0,
                    start: 3,
                    end: 7,
                    term: 0
                },
            ]
        );
    }

    #[test]
    fn the_longest_form_wins_at_a_position() {
        let hits = m().first_occurrences(["拡大核抑止とは"], &[]);
        assert_eq!(
            hits,
            vec![Hit {
                segment: 0,
                start: 0,
                end: 5,
                term: 2
            }]
        );
    }

    #[test]
    fn a_form_found_inside_a_longer_match_is_not_matched_twice() {
        // "抑止" inside "拡大核抑止" must not be marked as deterrence there.
        let hits = m().first_occurrences(["拡大核抑止", "そして抑止"], &[]);
        assert_eq!(hits.len(), 2);
        assert_eq!(
            hits[1],
            Hit {
                segment: 1,
                start: 3,
                end: 5,
                term: 1
            }
        );
    }

    #[test]
    fn latin_forms_are_case_insensitive_whole_words() {
        let hits = m().first_occurrences(["Nondeterrence is not it; Deterrence is."], &[]);
        assert_eq!(
            hits,
            vec![Hit {
                segment: 0,
                start: 25,
                end: 35,
                term: 1
            }]
        );
        // Next to Japanese text, a Latin form is still a whole word.
        let hits = m().first_occurrences(["日本とASEANの関係"], &[]);
        assert_eq!(
            hits,
            vec![Hit {
                segment: 0,
                start: 3,
                end: 8,
                term: 3
            }]
        );
    }

    #[test]
    fn offsets_are_utf16_units() {
        // U+1F600 takes two UTF-16 units.
        let hits = m().first_occurrences(["😀抑止"], &[]);
        assert_eq!(
            hits,
            vec![Hit {
                segment: 0,
                start: 2,
                end: 4,
                term: 1
            }]
        );
    }

    /// Regression: a non-Latin form starting with a capital Latin letter ("EP-3衝突事件")
    /// was never found, because the lookup key was lower-cased but the table was not.
    #[test]
    fn mixed_forms_starting_with_a_capital_are_found() {
        static MIXED: &[MatchForm<'static>] = &[MatchForm {
            text: "EP-3衝突事件",
            latin: false,
            term: 7,
        }];
        let hits = Matcher::new(MIXED).first_occurrences(["2001年のEP-3衝突事件"], &[]);
        assert_eq!(
            hits,
            vec![Hit {
                segment: 0,
                start: 6,
                end: 14,
                term: 7
            }]
        );
    }

    #[test]
    fn terms_already_marked_are_skipped() {
        let hits = m().first_occurrences(["抑止と安心供与"], &[0]);
        assert_eq!(
            hits,
            vec![Hit {
                segment: 0,
                start: 0,
                end: 2,
                term: 1
            }]
        );
    }

    /// Regression (issue 24): WordPress and Markdown typographers turn `'` into `’` and
    /// `-` into `–`, and Japanese text writes letters, digits and counters in several
    /// forms; the glossary missed every one of them.
    #[test]
    fn typographic_and_full_width_text_matches_the_folded_forms() {
        // Sorted as the build sorts forms: by first character, then longest first.
        static TYPO: &[MatchForm<'static>] = &[
            MatchForm {
                text: "6カ国協議",
                latin: false,
                term: 3,
            },
            MatchForm {
                text: "asean",
                latin: true,
                term: 2,
            },
            MatchForm {
                text: "japan's national security council",
                latin: true,
                term: 0,
            },
            MatchForm {
                text: "japan-us alliance",
                latin: true,
                term: 1,
            },
            MatchForm {
                text: "六カ国",
                latin: false,
                term: 4,
            },
        ];
        let m = Matcher::new(TYPO);
        let found = |text: &str| -> Vec<(u32, u32, u16)> {
            m.first_occurrences([text], &[])
                .iter()
                .map(|h| (h.start, h.end, h.term))
                .collect()
        };
        assert_eq!(
            found("On Japan’s National Security Council."),
            vec![(3, 36, 0)]
        );
        assert_eq!(found("the Japan–US alliance"), vec![(4, 21, 1)]);
        assert_eq!(found("ＡＳＥＡＮ諸国"), vec![(0, 5, 2)]);
        assert_eq!(found("６ヶ国協議と六か国"), vec![(0, 5, 3), (6, 9, 4)]);
        // Folding keeps whole words whole: a typographic apostrophe is not a letter.
        assert_eq!(found("Japan’s National Security Councils"), vec![]);
        // A か that is not a counter stays a か.
        assert_eq!(found("かつて"), vec![]);
    }

    #[test]
    fn empty_and_unmatched_text() {
        assert!(m()
            .first_occurrences(["", "nothing here", "<b>抑</b>"], &[])
            .is_empty());
    }
}
