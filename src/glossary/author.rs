//! An author's own glossary (`<glossary-scope src="my-terms.json">`): its entries
//! decoded from the file the loader fetched (the browser's `JSON.parse`), checked only
//! as far as the widget must to stay safe (types, the length cap, ids, http(s) source
//! URLs; the full checks are `npx east-asia-explainers check`), and kept for the page:
//! an author's entry wins over a built-in one with the same id. Author text is only
//! ever shown as text.

use std::cell::RefCell;
use std::rc::Rc;

use glossary_format::fields::{
    SAFE_FORMS, SAFE_FORMS_REASON, SAFE_LIST, SAFE_LIST_REASON, SAFE_MAX,
};
use glossary_format::text::{form_long_enough, is_http_url, is_kebab_id, normalise_form};
use js_sys::{Array, Reflect};
use wasm_bindgen::{JsCast, JsValue};

use super::entry::Own;
use crate::attrs::Lang;

/// One entry of an author's file, in both languages (`[ja, en]`; empty when absent).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Authored {
    /// Its id.
    pub id: String,
    /// The term: Japanese, English.
    pub name: [String; 2],
    /// The reading of the Japanese term.
    pub reading: String,
    /// The definition: Japanese, English.
    pub definition: [String; 2],
    /// The explanation: Japanese, English.
    pub explanation: [String; 2],
    /// Other forms matched in text.
    pub forms: Vec<String>,
    /// Related ids.
    pub related: Vec<String>,
    /// The source: title, http(s) URL, date.
    pub source: [String; 3],
}

/// Why an entry (or the file) cannot be used as it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// `entry "x"`, `entry 3`, or empty for the whole file.
    pub entry: String,
    /// The field at fault.
    pub field: &'static str,
    /// What is wrong.
    pub reason: &'static str,
}

/// `[ja, en]` in `lang`, falling back to the other language when empty.
pub fn pick(pair: &[String; 2], lang: Lang) -> String {
    let [ja, en] = pair;
    let (own, other) = if lang == Lang::Ja { (ja, en) } else { (en, ja) };
    if own.is_empty() { other } else { own }.clone()
}

impl Authored {
    /// The entry's fields in `lang` (related entries are named by the caller). The
    /// explanation is shown only in its own language.
    pub fn own(&self, lang: Lang) -> Own {
        let [ja, en] = self.name.clone();
        let [title, _, date] = self.source.clone();
        Own {
            id: self.id.clone(),
            ja,
            reading: self.reading.clone(),
            en,
            definition: pick(&self.definition, lang),
            explanation: self.explanation[usize::from(lang == Lang::En)].clone(),
            related: Vec::new(),
            source: [title, String::new(), date],
            source_url: self.source[1].clone(),
        }
    }

    /// Every form matched in text (the names and the other forms), as matched, with
    /// whether it is Latin; forms too short to match safely are left out.
    pub fn match_forms(&self) -> Vec<(String, bool)> {
        let mut out: Vec<(String, bool)> = Vec::new();
        for form in self.name.iter().chain(self.forms.iter()) {
            let norm = normalise_form(form);
            if form_long_enough(form) && !out.contains(&norm) {
                out.push(norm);
            }
        }
        out
    }
}

thread_local! {
    /// Each kept entry with the file (a scope's `src`) it came from.
    static ENTRIES: RefCell<Vec<(Rc<str>, Rc<Authored>)>> = const { RefCell::new(Vec::new()) };
    static FILES: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

/// True the first time the page sees file `src` (two scopes naming one file warn
/// about it once).
pub fn first_sight(src: &str) -> bool {
    FILES.with(|f| {
        let mut f = f.borrow_mut();
        let new = !f.iter().any(|s| s == src);
        if new {
            f.push(src.to_owned());
        }
        new
    })
}

/// Keeps the `entries` of file `src` for the page (an entry replaces one of the same
/// file with the same id).
pub fn register(src: &str, entries: &[Rc<Authored>]) {
    ENTRIES.with(|all| {
        let mut all = all.borrow_mut();
        all.retain(|(file, a)| &**file != src || !entries.iter().any(|e| e.id == a.id));
        let file: Rc<str> = src.into();
        all.extend(entries.iter().map(|e| (file.clone(), e.clone())));
    });
}

/// The entry `id` of the author's file `src`, if the page has loaded it.
pub fn get(src: &str, id: &str) -> Option<Rc<Authored>> {
    ENTRIES.with(|all| {
        all.borrow()
            .iter()
            .find(|(file, a)| &**file == src && a.id == id)
            .map(|(_, a)| a.clone())
    })
}

/// The author's file whose entries a term shows: its scope's `src`, for a term that
/// scope marked as an author's (`data-glossary-author`). An author's entries apply
/// inside their own scope only (issue 24): a term elsewhere with the same id keeps the
/// built-in entry.
pub fn file_of(term: &web_sys::Element) -> Option<String> {
    if !term.has_attribute("data-glossary-author") {
        return None;
    }
    let scope = term.closest("glossary-scope").ok().flatten()?;
    let src = scope.get_attribute("src")?;
    Some(src.trim().to_owned()).filter(|s| !s.is_empty())
}

fn field(obj: &JsValue, key: &str) -> JsValue {
    Reflect::get(obj, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

/// A text field: empty when absent, `None` when not a string or too long.
fn text(obj: &JsValue, key: &str) -> Option<String> {
    let v = field(obj, key);
    if v.is_undefined() || v.is_null() {
        return Some(String::new());
    }
    v.as_string()
        .filter(|s| s.chars().count() <= SAFE_MAX)
        .map(|s| s.trim().to_owned())
}

/// A list of texts: empty when absent, `None` when not one or longer than [`SAFE_LIST`].
fn texts(obj: &JsValue, key: &str) -> Option<Vec<String>> {
    let v = field(obj, key);
    if v.is_undefined() || v.is_null() {
        return Some(Vec::new());
    }
    let list: Array = v.dyn_into().ok()?;
    if list.length() as usize > SAFE_LIST {
        return None;
    }
    list.iter()
        .map(|i| i.as_string().filter(|s| s.chars().count() <= SAFE_MAX))
        .collect()
}

/// One entry (`n` counts from 1). `None` (with a problem) when it cannot be shown;
/// a source URL that is not http(s) is dropped, with a problem.
fn decode_entry(v: &JsValue, n: usize, problems: &mut Vec<Problem>) -> Option<Authored> {
    let id = text(v, "id").unwrap_or_default();
    let entry = if id.is_empty() || id.len() > 80 {
        ["entry ", &n.to_string()].concat()
    } else {
        ["entry \"", &id, "\""].concat()
    };
    let mut fail = |field: &'static str, reason: &'static str| {
        problems.push(Problem {
            entry: entry.clone(),
            field,
            reason,
        });
        None
    };
    if !v.is_object() || Array::is_array(v) {
        return fail("", "must be an object");
    }
    if !is_kebab_id(&id) {
        return fail("id", "must be a kebab-case id");
    }
    const TEXTS: [&str; 7] = [
        "ja",
        "en",
        "reading",
        "definition_ja",
        "definition_en",
        "explanation_ja",
        "explanation_en",
    ];
    let mut t: [String; 7] = Default::default();
    for (key, slot) in TEXTS.iter().zip(t.iter_mut()) {
        match text(v, key) {
            Some(value) => *slot = value,
            None => return fail(key, "must be text (at most 4000 characters)"),
        }
    }
    let [ja, en, reading, definition_ja, definition_en, explanation_ja, explanation_en] = t;
    let mut a = Authored {
        id,
        name: [ja, en],
        reading,
        definition: [definition_ja, definition_en],
        explanation: [explanation_ja, explanation_en],
        ..Authored::default()
    };
    for key in ["match_ja", "match_en", "related"] {
        match texts(v, key) {
            Some(list) if key == "related" => a.related = list,
            Some(list) => a.forms.extend(list),
            None => return fail(key, SAFE_LIST_REASON),
        }
    }
    if a.name.iter().all(String::is_empty) {
        return fail("ja", "`ja` or `en` is required");
    }
    if a.definition.iter().all(String::is_empty) {
        return fail(
            "definition_ja",
            "`definition_ja` or `definition_en` is required",
        );
    }
    let source = field(v, "source");
    if source.is_object() {
        let part = |key| text(&source, key).unwrap_or_default();
        a.source = [part("title"), part("url"), part("date")];
        if !a.source[1].is_empty() && !is_http_url(&a.source[1]) {
            a.source[1].clear();
            fail("source.url", "is not an http(s) URL; the link is left out");
        }
        if a.source[0].is_empty() {
            a.source[0] = a.source[1].clone();
        }
    } else if !source.is_undefined() && !source.is_null() {
        fail(
            "source",
            "must be an object {title, url, date}; it is left out",
        );
    }
    Some(a)
}

/// The entries of a parsed file `{"terms": [ … ]}`, and every problem.
pub fn decode(file: &JsValue) -> (Vec<Rc<Authored>>, Vec<Problem>) {
    let mut problems = Vec::new();
    let Ok(list) = field(file, "terms").dyn_into::<Array>() else {
        problems.push(Problem {
            entry: String::new(),
            field: "terms",
            reason: "must be a list of entries",
        });
        return (Vec::new(), problems);
    };
    let mut forms = 0;
    let entries = list
        .iter()
        .take(glossary_format::fields::MAX_ENTRIES)
        .enumerate()
        .filter_map(|(i, v)| decode_entry(&v, i + 1, &mut problems))
        .filter(|a| {
            // At most SAFE_FORMS forms from one file: the entries past it are left out.
            forms += 2 + a.forms.len();
            forms <= SAFE_FORMS
        })
        .map(Rc::new)
        .collect::<Vec<_>>();
    if forms > SAFE_FORMS {
        problems.push(Problem {
            entry: String::new(),
            field: "terms",
            reason: SAFE_FORMS_REASON,
        });
    }
    (entries, problems)
}
