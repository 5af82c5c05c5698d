//! The content of a glossary popover: one entry, both scripts, reading, definition,
//! a "more" disclosure, related entries and the source. A plain view of one loaded
//! [`Entry`].

use std::rc::Rc;

use leptos::either::Either;
use leptos::prelude::*;

use crate::attrs::Lang;
use crate::glossary::entry::Entry;
use crate::ui_text;

/// The term in both scripts, the reading as ruby over the Japanese; the reader's
/// language first. An author's entry may have only one of them: the other is hidden.
fn names(term: &Entry, lang: Lang) -> impl IntoView {
    let one = term.ja.is_empty() || term.en.is_empty();
    let ja = view! {
        <ruby class="gx-ja" lang="ja" hidden=term.ja.is_empty()>
            {term.ja.clone()}
            <rp>"("</rp>
            <rt>{term.reading.clone()}</rt>
            <rp>")"</rp>
        </ruby>
    };
    let en = view! {
        <span class="gx-en" lang="en" hidden=term.en.is_empty()>
            {term.en.clone()}
        </span>
    };
    // The reader's language first; one view type for both orders.
    let sep = view! {
        <span class="gx-sep" aria-hidden="true" hidden=one>
            " / "
        </span>
    };
    match lang {
        Lang::Ja => Either::Left((ja, sep, en)),
        Lang::En => Either::Right((en, sep, ja)),
    }
}

/// The source: its title (a link when an author gave an http(s) URL, which
/// [`Entry::source_url`] always is; without one, `<a>` is no link), then the
/// publisher and the date, each when present.
fn source_line(term: &Entry, lang: Lang) -> impl IntoView {
    let [title, publisher, date] = term.source.clone();
    let url = term.source_url.clone();
    (!title.is_empty()).then(|| {
        let sep = if lang == Lang::Ja { "、" } else { ", " };
        let rest: String = [publisher, date]
            .iter()
            .filter(|s| !s.is_empty())
            .flat_map(|s| [sep, s.as_str()])
            .collect();
        view! {
            <p class="gx-src" data-testid="glossary-source">
                <span class="gx-src-label">{ui_text::SOURCE.get(lang)}": "</span>
                <a href=(!url.is_empty()).then_some(url) target="_blank" rel="noopener noreferrer">
                    <cite>{title}</cite>
                </a>
                {rest}
            </p>
        }
    })
}

/// One entry. `go(Some(id))` opens related entry `id` in the same popover, `go(None)`
/// goes back to the entry the popover opened on; `close` closes the popover.
pub fn entry_card(
    term: Rc<Entry>,
    lang: Lang,
    is_base: bool,
    more: RwSignal<bool>,
    go: impl Fn(Option<String>) + Clone + 'static,
    close: impl Fn() + 'static,
) -> impl IntoView {
    let related = term
        .related
        .iter()
        .map(|(id, name)| {
            let go = go.clone();
            let to = id.clone();
            view! {
                <li>
                    <button
                        type="button"
                        class="gx-rel"
                        data-testid="glossary-related"
                        data-term=id.clone()
                        on:click=move |_| go(Some(to.clone()))
                    >
                        {name.clone()}
                    </button>
                </li>
            }
        })
        .collect_view();
    // An author's entry may have no explanation and no related entries.
    let (no_explanation, no_related) = (term.explanation.is_empty(), term.related.is_empty());
    let back = (!is_base).then(|| {
        let go = go.clone();
        view! {
            <button
                type="button"
                class="gx-back"
                data-testid="glossary-back"
                on:click=move |_| go(None)
            >
                "← "
                {ui_text::BACK.get(lang)}
            </button>
        }
    });
    view! {
        <div class="gx-card" lang=lang.tag() data-term=term.id.clone()>
            <div class="gx-head">
                <div class="gx-title" id="gx-title" tabindex="-1">
                    {names(&term, lang)}
                </div>
                <button
                    type="button"
                    class="ex-close gx-close"
                    data-testid="glossary-close"
                    aria-label=ui_text::CLOSE.get(lang)
                    on:click=move |_| close()
                >
                    <span aria-hidden="true">"×"</span>
                </button>
            </div>
            <p class="gx-def" data-testid="glossary-definition">
                {term.definition.clone()}
            </p>
            <button
                type="button"
                class="gx-more"
                data-testid="glossary-more"
                aria-controls="gx-exp"
                aria-expanded=move || if more.get() { "true" } else { "false" }
                hidden=no_explanation
                on:click=move |_| more.update(|m| *m = !*m)
            >
                {move || if more.get() { ui_text::LESS.get(lang) } else { ui_text::MORE.get(lang) }}
            </button>
            <p class="gx-exp" id="gx-exp" hidden=move || !more.get()>
                {term.explanation.clone()}
            </p>
            <div class="gx-related" hidden=no_related>
                <p class="gx-rel-h" id="gx-rel-h">
                    {ui_text::RELATED.get(lang)}
                </p>
                <ul aria-labelledby="gx-rel-h">{related}</ul>
            </div>
            {back}
            {source_line(&term, lang)}
        </div>
    }
}
