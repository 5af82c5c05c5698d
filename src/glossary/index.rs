//! The term-matching index `<glossary-scope>` needs (`data/glossary-index.<hash>.json`):
//! every glossary id, sorted, and every form matched in text, in the order the
//! [`Matcher`](super::matcher::Matcher) expects (sorted by first character, then
//! longest first). Decoded once per page and shared.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsValue;

use super::matcher::MatchForm;
use crate::data;

/// The decoded index.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Index {
    /// Every glossary id, sorted.
    pub ids: Vec<String>,
    /// Every form: its text (lower-case when Latin), whether it is Latin, and the
    /// position of its term in `ids`.
    pub forms: Vec<(String, bool, u16)>,
}

impl Index {
    /// Decodes `{"ids": [...], "forms": [[text, term, latin], ...]}`; forms that point
    /// outside `ids` are dropped.
    pub fn from_js(obj: &JsValue) -> Index {
        let ids: Vec<String> = data::list(obj, "ids")
            .iter()
            .filter_map(|v| v.as_string())
            .collect();
        let forms = data::list(obj, "forms")
            .iter()
            .filter_map(|f| {
                let a = js_sys::Array::from(&f);
                let text = a.get(0).as_string()?;
                let term = u16::try_from(a.get(1).as_f64()? as u32).ok()?;
                let latin = a.get(2).as_f64() == Some(1.0);
                (usize::from(term) < ids.len()).then_some((text, latin, term))
            })
            .collect();
        Index { ids, forms }
    }

    /// Position of `id` in `ids`.
    pub fn position(&self, id: &str) -> Option<u16> {
        self.ids
            .binary_search_by(|k| k.as_str().cmp(id))
            .ok()
            .and_then(|i| u16::try_from(i).ok())
    }

    /// The id at a position.
    pub fn id(&self, position: u16) -> Option<&str> {
        self.ids.get(usize::from(position)).map(String::as_str)
    }

    #[cfg(feature = "authors")]
    /// This index with an author's entries added (`extra`: each id with its forms, as
    /// matched, and whether each is Latin). An author's form takes the place of a
    /// built-in form with the same text (of two authors' forms with one text, the
    /// first); an author id that is also a built-in id keeps the built-in forms too
    /// (they now open the author's entry). The forms stay in the order the
    /// [`Matcher`](super::matcher::Matcher) expects.
    ///
    /// The author's ids and forms are sorted once, then each list is merged with the
    /// built-in one (already in order) in one pass: inserting them one by one, each
    /// checked against every other, took a hostile file's square (issue 24).
    pub fn merged(&self, extra: &[EntryForms]) -> Index {
        let mut new_ids: Vec<&str> = extra.iter().map(|(id, _)| id.as_str()).collect();
        new_ids.sort_unstable();
        new_ids.dedup();
        let ids = merge_by(
            self.ids.iter().map(String::as_str),
            new_ids,
            |a, b| a.cmp(b),
            |a, b| a == b,
        )
        .into_iter()
        .map(str::to_owned)
        .collect::<Vec<_>>();
        let at = |id: &str| {
            ids.binary_search_by(|k| k.as_str().cmp(id))
                .ok()
                .and_then(|i| u16::try_from(i).ok())
        };
        // The author's forms in matcher order (a stable sort: of two with one text,
        // the first stays first), each text once.
        let mut own: Vec<(FormKey, &str, bool, u16)> = extra
            .iter()
            .filter_map(|(id, forms)| Some((at(id)?, forms)))
            .flat_map(|(p, forms)| {
                forms
                    .iter()
                    .map(move |(t, l)| (form_key(t), t.as_str(), *l, p))
            })
            .collect();
        own.sort_by(|a, b| (a.0, a.1).cmp(&(b.0, b.1)));
        own.dedup_by(|a, b| a.1 == b.1);
        let taken = |text: &str| {
            own.binary_search_by(|f| (f.0, f.1).cmp(&(form_key(text), text)))
                .is_ok()
        };
        let built_in = self
            .forms
            .iter()
            .filter(|f| !taken(&f.0))
            .filter_map(|(text, latin, term)| Some((text.clone(), *latin, at(self.id(*term)?)?)));
        let added = own.iter().map(|&(_, t, l, p)| (t.to_owned(), l, p));
        // A built-in form goes before an author's with the same key.
        let forms = merge_by(
            built_in,
            added,
            |a, b| form_key(&a.0).cmp(&form_key(&b.0)),
            |_, _| false,
        );
        Index { ids, forms }
    }

    /// The forms, borrowed, for the matcher.
    pub fn match_forms(&self) -> Vec<MatchForm<'_>> {
        self.forms
            .iter()
            .map(|(text, latin, term)| MatchForm {
                text,
                latin: *latin,
                term: *term,
            })
            .collect()
    }
}

/// Where a form goes in the matcher's order: its first character (ASCII letters
/// lower-cased), then the longest first.
#[cfg(feature = "authors")]
type FormKey = (Option<char>, usize);

#[cfg(feature = "authors")]
fn form_key(text: &str) -> FormKey {
    let first = text.chars().next().map(|c| c.to_ascii_lowercase());
    (first, usize::MAX - text.chars().count())
}

/// Two lists, each in `order`, as one in that order, in one pass; of two equal
/// (`same`) items the first list's alone; on a tie in order, the first list's first.
#[cfg(feature = "authors")]
fn merge_by<T>(
    a: impl IntoIterator<Item = T>,
    b: impl IntoIterator<Item = T>,
    order: impl Fn(&T, &T) -> std::cmp::Ordering,
    same: impl Fn(&T, &T) -> bool,
) -> Vec<T> {
    let (mut a, mut b) = (a.into_iter().peekable(), b.into_iter().peekable());
    let mut out = Vec::new();
    loop {
        let take_a = match (a.peek(), b.peek()) {
            (Some(x), Some(y)) => {
                if same(x, y) {
                    b.next();
                    continue;
                }
                order(x, y) != std::cmp::Ordering::Greater
            }
            (Some(_), None) => true,
            (None, Some(_)) => false,
            (None, None) => return out,
        };
        out.extend(if take_a { a.next() } else { b.next() });
    }
}

/// An entry as the matcher takes it: its id and its forms, as matched, each with
/// whether it is Latin (an author's entries join the index this way).
pub type EntryForms = (String, Vec<(String, bool)>);

thread_local! {
    static DECODED: RefCell<Option<Rc<Index>>> = const { RefCell::new(None) };
}

/// The index, for `done`: fetched through the loader and decoded by the first scope
/// that asks, then shared by every scope on the page.
pub fn load(done: data::Done<Option<Rc<Index>>>) {
    if let Some(index) = DECODED.with(|d| d.borrow().clone()) {
        return done(Some(index));
    }
    // The loader fetched it before mounting the scope (and warned if it could not).
    data::request("index", "", "", move |answer| {
        let index = answer.ok().map(|obj| Rc::new(Index::from_js(&obj)));
        if let Some(index) = &index {
            DECODED.with(|d| *d.borrow_mut() = Some(Rc::clone(index)));
        }
        done(index)
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_are_found_by_binary_search() {
        let idx = Index {
            ids: vec!["a-b".into(), "deterrence".into(), "reassurance".into()],
            forms: vec![],
        };
        assert_eq!(idx.position("deterrence"), Some(1));
        assert_eq!(idx.position("nope"), None);
        assert_eq!(idx.id(2), Some("reassurance"));
        assert_eq!(idx.id(9), None);
    }

    #[test]
    fn an_authors_entries_merge_into_the_index() {
        let built_in = Index {
            ids: vec!["deterrence".into(), "reassurance".into()],
            forms: vec![
                ("deterrence".into(), true, 0),
                ("安心供与".into(), false, 1),
                ("抑止".into(), false, 0),
            ],
        };
        let extra = vec![
            // A new id, and a built-in form taken over by the author's entry.
            (
                "kantei".to_owned(),
                vec![
                    ("kantei".to_owned(), true),
                    ("官邸".to_owned(), false),
                    ("抑止".to_owned(), false),
                ],
            ),
            // A built-in id: keeps its own forms and adds the author's.
            (
                "deterrence".to_owned(),
                vec![("deterrent".to_owned(), true)],
            ),
        ];
        let m = built_in.merged(&extra);
        assert_eq!(m.ids, vec!["deterrence", "kantei", "reassurance"]);
        let find = |t: &str| m.forms.iter().find(|f| f.0 == t).and_then(|f| m.id(f.2));
        assert_eq!(find("抑止"), Some("kantei"));
        assert_eq!(find("deterrence"), Some("deterrence"));
        assert_eq!(find("deterrent"), Some("deterrence"));
        assert_eq!(find("安心供与"), Some("reassurance"));
        assert_eq!(m.forms.len(), 6);
        // Sorted by first character, then longest first: the matcher's order.
        let firsts: Vec<char> = m.forms.iter().filter_map(|f| f.0.chars().next()).collect();
        assert!(firsts.windows(2).all(|w| w[0] <= w[1]), "{firsts:?}");
        let d = |t: &str| m.forms.iter().position(|f| f.0 == t);
        assert!(d("deterrence") < d("deterrent"));
        let forms = m.match_forms();
        let hits =
            super::super::matcher::Matcher::new(&forms).first_occurrences(["首相官邸と抑止"], &[]);
        assert_eq!(hits.len(), 1, "官邸 and 抑止 are one entry now: {hits:?}");
    }

    /// Regression (issue 24): each author's form was checked against every other and
    /// inserted one by one, a hostile file's square; two authors' entries with one
    /// form kept the first, and still do.
    #[test]
    fn a_large_authors_file_merges_in_one_pass_and_the_first_of_two_equal_forms_wins() {
        let built_in = Index {
            ids: vec!["deterrence".into()],
            forms: vec![("deterrence".into(), true, 0)],
        };
        let mut extra: Vec<EntryForms> = (0..2000)
            .map(|i| (format!("t{i:04}"), vec![(format!("form {i}"), true)]))
            .collect();
        extra.push(("a-first".into(), vec![("shared".into(), true)]));
        extra.push(("z-second".into(), vec![("shared".into(), true)]));
        extra.push(("t0001".into(), vec![("again".into(), true)]));
        let m = built_in.merged(&extra);
        assert_eq!(m.ids.len(), 2003, "2,000 new, two more, the built-in one");
        assert!(
            m.ids.windows(2).all(|w| w[0] < w[1]),
            "ids sorted, no duplicates"
        );
        let find = |t: &str| m.forms.iter().find(|f| f.0 == t).and_then(|f| m.id(f.2));
        assert_eq!(find("shared"), Some("a-first"));
        assert_eq!(m.forms.iter().filter(|f| f.0 == "shared").count(), 1);
        assert_eq!(find("again"), Some("t0001"));
        assert_eq!(m.forms.len(), 2003);
        let keys: Vec<_> = m.forms.iter().map(|f| form_key(&f.0)).collect();
        assert!(keys.windows(2).all(|w| w[0] <= w[1]), "the matcher's order");
    }
}
