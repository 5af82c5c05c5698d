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
    /// built-in form with the same text; an author id that is also a built-in id
    /// keeps the built-in forms too (they now open the author's entry). The forms
    /// stay in the order the [`Matcher`](super::matcher::Matcher) expects.
    pub fn merged(&self, extra: &[EntryForms]) -> Index {
        // Inserted in place (both lists are already in order): no sort code in the wasm.
        let mut ids = self.ids.clone();
        for (id, _) in extra {
            if let Err(at) = ids.binary_search(id) {
                ids.insert(at, id.clone());
            }
        }
        let at = |id: &str| {
            ids.binary_search_by(|k| k.as_str().cmp(id))
                .ok()
                .and_then(|i| u16::try_from(i).ok())
        };
        let taken = |text: &str| extra.iter().any(|(_, own)| own.iter().any(|f| f.0 == text));
        let mut forms: Vec<(String, bool, u16)> = self
            .forms
            .iter()
            .filter(|f| !taken(&f.0))
            .filter_map(|(text, latin, term)| Some((text.clone(), *latin, at(self.id(*term)?)?)))
            .collect();
        let key = |t: &str| {
            let first = t.chars().next().map(|c| c.to_ascii_lowercase());
            (first, usize::MAX - t.chars().count())
        };
        for (id, own) in extra {
            let Some(p) = at(id) else { continue };
            for (text, latin) in own {
                if forms.iter().any(|f| f.0 == *text) {
                    continue;
                }
                let k = key(text);
                let i = forms.partition_point(|f| key(&f.0) <= k);
                forms.insert(i, (text.clone(), *latin, p));
            }
        }
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
}
