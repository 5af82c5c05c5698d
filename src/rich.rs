//! Renders compiled prose ([`Seg`]s): plain text, and live `<glossary-term>` elements
//! for the terms the content marked, tagged with the widget's language (an element
//! inside a shadow root cannot see the page's `lang`).

use leptos::prelude::*;

use crate::attrs::Lang;
use crate::content::{Seg, TERMS};

/// The prose `segs` as text and glossary terms.
pub fn rich(segs: &'static [Seg], lang: Lang) -> impl IntoView {
    segs.iter()
        .map(|seg| match *seg {
            Seg::Text(t) => t.into_any(),
            Seg::Term(i, shown) => {
                let id = TERMS.get(usize::from(i)).map(|t| t.id).unwrap_or("");
                view! { <glossary-term term=id lang=lang.tag()>{shown}</glossary-term> }.into_any()
            }
        })
        .collect_view()
}
