//! `<glossary-scope>`: wraps article HTML and marks the first occurrence of every known
//! term inside it (Japanese and English forms) as a `<glossary-term>`, never inside
//! links, headings, code, form controls or existing terms. The loader mounts it in idle
//! time; it fetches the matching index (and the author's glossary its `src` names: see
//! [`author_file`](super::author_file), merged with [`Index::merged`]), then scans once.

use std::any::Any;
use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, Text};

use super::index::{self, EntryForms, Index};
use super::matcher::Matcher;
use crate::runtime::build::add_child;
use crate::runtime::elements::glossary_scope::{attr, ELEMENT};
use crate::runtime::host::{Host, Warn};
use crate::runtime::owned::owned;
use crate::runtime::registry::Widget;

/// Text inside these is never marked.
pub const SKIP: &str = "a,h1,h2,h3,h4,h5,h6,code,pre,kbd,samp,var,script,style,textarea,select,option,button,label,glossary-term,svg,math,noscript,[data-glossary-skip],[contenteditable]";

/// What one scan did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ScanReport {
    /// Text nodes considered.
    pub text_nodes: usize,
    /// Terms marked.
    pub marked: usize,
}

/// The text nodes under `root` that may receive terms, and the terms already marked
/// by hand (`<glossary-term term>` descendants).
fn collect(root: &HtmlElement, index: &Index) -> (Vec<Text>, Vec<u16>) {
    let mut texts = Vec::new();
    let mut already = Vec::new();
    if let Ok(existing) = root.query_selector_all("glossary-term[term]") {
        for i in 0..existing.length() {
            let id = existing
                .item(i)
                .and_then(|n| n.dyn_into::<Element>().ok())
                .and_then(|e| e.get_attribute("term"));
            if let Some(t) = id.as_deref().and_then(|s| index.position(s.trim())) {
                already.push(t);
            }
        }
    }
    let Some(doc) = root.owner_document() else {
        return (texts, already);
    };
    // 4 = NodeFilter.SHOW_TEXT
    let Ok(walker) = doc.create_tree_walker_with_what_to_show(root, 4) else {
        return (texts, already);
    };
    while let Ok(Some(node)) = walker.next_node() {
        let Ok(text) = node.dyn_into::<Text>() else {
            continue;
        };
        let skipped = text
            .parent_element()
            .map(|p| p.closest(SKIP).ok().flatten().is_some())
            .unwrap_or(true);
        if !skipped && !text.data().trim().is_empty() {
            texts.push(text);
        }
    }
    (texts, already)
}

/// Marks the first occurrence of every term of `index` under `root`; a term whose id
/// is `authored` gets `data-glossary-author` (the loader then knows it has no built-in
/// data file to fetch).
pub fn scan(root: &HtmlElement, index: &Index, authored: &dyn Fn(&str) -> bool) -> ScanReport {
    let (texts, already) = collect(root, index);
    let data: Vec<String> = texts.iter().map(|t| t.data()).collect();
    let forms = index.match_forms();
    let hits = Matcher::new(&forms).first_occurrences(data.iter().map(String::as_str), &already);
    let Some(doc) = root.owner_document() else {
        return ScanReport::default();
    };
    let mut marked = 0;
    // Work from the end of each node so earlier offsets stay valid.
    for hit in hits.iter().rev() {
        let (Some(text), Some(term)) = (texts.get(hit.segment), index.id(hit.term)) else {
            continue;
        };
        let Ok(word) = text.split_text(hit.start) else {
            continue;
        };
        if word.split_text(hit.end - hit.start).is_err() {
            continue;
        }
        let Ok(el) = doc.create_element("glossary-term") else {
            continue;
        };
        let _ = el.set_attribute("term", term);
        let _ = el.set_attribute("data-glossary-auto", "");
        if authored(term) {
            let _ = el.set_attribute("data-glossary-author", "");
        }
        let Some(parent) = word.parent_node() else {
            continue;
        };
        if parent.insert_before(&el, Some(&word)).is_ok() && el.append_child(&word).is_ok() {
            marked += 1;
        }
    }
    ScanReport {
        text_nodes: texts.len(),
        marked,
    }
}

/// `<glossary-scope>` in the registry.
pub(crate) static WIDGET: Widget = Widget {
    element: &ELEMENT,
    mount,
};

/// The element → [`glossary_scope`] glue: the element's own text is the article (shown
/// through a `<slot>` in its shadow root), `src` (read when it mounts) the author's
/// glossary; warnings name the element. A reactive owner without a renderer
/// ([`owned`]): the one element it adds is the slot.
fn mount(host: Host, root: HtmlElement) -> Box<dyn Any> {
    owned(move || {
        let _ = add_child(&root, "slot");
        let src = host
            .attr(attr::SRC)
            .get_untracked()
            .map(|s| s.trim().to_owned())
            .filter(|s| !s.is_empty());
        let article = (*host.element).clone();
        glossary_scope(
            article,
            src,
            Rc::new(move |message: &str| host.warn(message)),
        );
    })
}

/// Marks the terms of the built-in index and an author's entries (`authored`: ids and
/// forms) in `article` once, and sets its `data-terms-marked` to how many it marked.
/// Nothing without an index or authored entries.
fn mark(article: &HtmlElement, built_in: Option<Rc<Index>>, authored: &[EntryForms]) {
    let index = match built_in {
        Some(index) if authored.is_empty() => index,
        None if authored.is_empty() => return,
        #[cfg(feature = "authors")]
        base => Rc::new(base.unwrap_or_default().merged(authored)),
        #[cfg(not(feature = "authors"))]
        _ => return,
    };
    let is_authored = |id: &str| authored.iter().any(|(a, _)| a == id);
    let report = scan(article, &index, &is_authored);
    let _ = article.set_attribute("data-terms-marked", &report.marked.to_string());
}

/// `<glossary-scope>`: fetches the index and the author's glossary (`src`), then scans
/// `article` (the element whose text is scanned; it stays in place) once and sets its
/// `data-terms-marked` to the number of terms it marked. `src`: the URL of an author's
/// glossary, whose terms join the built-in ones (with the `authors` feature);
/// `on_warn` reports a problem with it (once per file). Until both have arrived the
/// text is as written; if the current reactive owner is disposed before, it does
/// nothing.
pub fn glossary_scope(article: HtmlElement, src: Option<String>, on_warn: Warn) {
    let alive = StoredValue::new(());
    index::load(Box::new(move |built_in| {
        if alive.try_get_value().is_none() {
            return;
        }
        // With the `authors` feature, the author's glossary (`src`) joins the index.
        #[cfg(feature = "authors")]
        if let Some(src) = src {
            let warn = move |message: &str| on_warn(message);
            let base = built_in.clone();
            return super::author_file::load(
                warn,
                src,
                built_in,
                Box::new(move |authored| {
                    if alive.try_get_value().is_some() {
                        mark(&article, base, &authored);
                    }
                }),
            );
        }
        // Without it (the loader picks a variant with it for a page whose scope has
        // `src`), the built-in index alone.
        let _ = (&on_warn, &src);
        mark(&article, built_in, &[]);
    }));
}
