//! `use_entries`: the entries a term's popover shows: the term's own (its built-in
//! entry, an author's file's, or an author's own from the element's attributes) and the
//! related entry the reader followed, each loaded when its id or the language changes.
//! One that cannot be had is one warning: the word becomes plain text, or the popover
//! stays on the entry it opened on.

use std::rc::Rc;

use leptos::prelude::*;

use super::entry::{entry_signal, load, AuthorFile, Entry};
use super::use_popover::Report;
use crate::attrs::Lang;
use crate::data;
use crate::hooks::{on_change, Derived};

/// A loaded entry, or why it cannot be had.
type Loaded = data::Loaded<Result<Rc<Entry>, String>>;

/// Why a loaded entry cannot be had, if it cannot.
fn failure(loaded: &Loaded) -> Option<String> {
    match loaded {
        Some(Some(Err(why))) => Some(why.clone()),
        _ => None,
    }
}

/// The entries of one term.
#[derive(Clone, Copy)]
pub struct Entries {
    /// The term's id (`""` for an author's own term; `None`: nothing to show).
    base: Derived<Option<String>>,
    /// The term's own entry.
    base_entry: ReadSignal<Loaded, LocalStorage>,
    /// The related entry followed, by id (`None`: the term's own is shown).
    pub shown: RwSignal<Option<String>>,
    /// The related entry followed.
    shown_entry: ReadSignal<Loaded, LocalStorage>,
    /// Why the related entry cannot be had, if it cannot.
    shown_failed: Derived<Option<String>>,
    /// Whether the term has an entry to show: else the word is plain text.
    pub usable: Derived<bool>,
    /// The entry shown last, kept until the next one has arrived.
    last: StoredValue<Option<Rc<Entry>>, LocalStorage>,
}

/// The entries of the term `base` in `lang`: an author's own entry from `inline` when it
/// gives one, else from the author's `file`, else the built-in one. A failure is
/// reported to `on_warn` once, with what the reader sees instead.
pub fn use_entries(
    base: Derived<Option<String>>,
    inline: impl Fn() -> Option<Entry> + 'static,
    file: AuthorFile,
    lang: Derived<Lang>,
    on_warn: Report,
) -> Entries {
    let shown = RwSignal::new(None::<String>);
    let base_file = file.clone();
    let base_entry = data::load_signal(
        move || Some((lang.get(), base.get()?, inline())),
        move |(lang, id, own), done| match own {
            Some(entry) => done(Ok(Rc::new(entry))),
            None => load(lang, id, base_file.clone(), done),
        },
    );
    let shown_entry = entry_signal(lang, move || shown.get(), file);
    // A term whose entry cannot be had (an unknown id set after mount, or a failed
    // load) is plain text; a related entry that cannot be had leaves the popover on
    // the entry it opened on. One warning each, saying why.
    let base_failed = Derived::new(move || base_entry.with(failure));
    let shown_failed = Derived::new(move || shown_entry.with(failure));
    // Each warns when its reason changes, not each time a load repeats it (a language
    // switch that fails the same way again).
    warn_on_change(
        base_failed,
        Rc::clone(&on_warn),
        "; the word is shown as plain text.",
    );
    warn_on_change(
        shown_failed,
        on_warn,
        "; the popover stays on the entry it opened on.",
    );
    let usable =
        Derived::new(move || base.with(Option::is_some) && base_failed.with(Option::is_none));
    Entries {
        base,
        base_entry,
        shown,
        shown_entry,
        shown_failed,
        usable,
        last: StoredValue::new_local(None),
    }
}

impl Entries {
    /// Whether the term's own entry is the one shown (tracked).
    pub fn on_base(self) -> bool {
        self.shown.with(Option::is_none) || self.shown_failed.with(Option::is_some)
    }

    /// The entry shown (tracked): the one asked for once it has arrived; until then the
    /// one shown before stays, so the control the reader just used is not pulled from
    /// under them.
    pub fn current(self) -> Option<Rc<Entry>> {
        let entry = if self.on_base() {
            self.base_entry.get()
        } else {
            self.shown_entry.get()
        };
        match entry.flatten() {
            Some(Ok(e)) => {
                self.last.set_value(Some(Rc::clone(&e)));
                Some(e)
            }
            _ => self.last.get_value(),
        }
    }

    /// Whether `entry`, the one shown, is the one asked for (tracked): a related entry
    /// followed has arrived, or the popover is on the term's own.
    pub fn arrived(self, entry: &Entry) -> bool {
        self.on_base() || self.shown.with(|s| s.as_deref() == Some(entry.id.as_str()))
    }

    /// The term's definition as HTML text (escaped), empty until its entry has arrived.
    pub fn definition_html(self) -> String {
        self.base_entry.with(|e| match e {
            Some(Some(Ok(t))) => t.desc.clone(),
            _ => String::new(),
        })
    }

    /// The id of the entry shown, for `glossary-open` (untracked).
    pub fn shown_id(self) -> String {
        self.shown
            .get_untracked()
            .or_else(|| self.base.get_untracked())
            .unwrap_or_default()
    }
}

/// Warns `why` and then `keeps` whenever `reason` becomes a new reason ([`on_change`]).
fn warn_on_change(reason: Derived<Option<String>>, warn: Report, keeps: &'static str) {
    on_change(
        move || reason.get(),
        move |now| {
            if let Some(why) = now {
                warn([why.as_str(), keeps].concat());
            }
        },
    );
}
