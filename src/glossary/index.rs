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

thread_local! {
    static DECODED: RefCell<Option<Rc<Index>>> = const { RefCell::new(None) };
}

/// The index: fetched through the loader and decoded by the first scope that asks,
/// then shared by every scope on the page.
pub async fn load() -> Option<Rc<Index>> {
    if let Some(index) = DECODED.with(|d| d.borrow().clone()) {
        return Some(index);
    }
    let obj = data::fetch("index", "", "").await?;
    let index = Rc::new(Index::from_js(&obj));
    DECODED.with(|d| *d.borrow_mut() = Some(Rc::clone(&index)));
    Some(index)
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
}
