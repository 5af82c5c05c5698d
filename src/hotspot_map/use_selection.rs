//! `use_selection`: the map's selection as its views use it: the selected hotspot, the
//! one whose button has keyboard focus (highlighted on the map too), and the reader's
//! choices, which go to the component's owner.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

use super::select::id_of;

/// The selection: what is selected and focused, and what a reader can do with it.
#[derive(Clone, Copy)]
pub struct Selection {
    /// The selected hotspot, an index into `HOTSPOTS` (`None`: none).
    pub selected: Memo<Option<usize>>,
    /// The hotspot whose button has focus, highlighted on the map too.
    pub hot: RwSignal<Option<usize>>,
    /// The hotspot buttons' list, once built.
    pub list: StoredValue<Option<Element>, LocalStorage>,
    /// Where a reader's choice goes.
    on_select: Callback<Option<usize>>,
}

/// The selection shown from `selected`, a reader's choices going to `on_select`.
pub fn use_selection(
    selected: Memo<Option<usize>>,
    on_select: Callback<Option<usize>>,
) -> Selection {
    Selection {
        selected,
        hot: RwSignal::new(None),
        list: StoredValue::new_local(None),
        on_select,
    }
}

impl Selection {
    /// The reader chose `next` (`None`: cleared the selection).
    pub fn choose(self, next: Option<usize>) {
        self.on_select.run(next);
    }

    /// Selects hotspot `i`, or clears the selection if it is the selected one.
    pub fn toggle(self, i: usize) {
        let on = self.selected.get_untracked() == Some(i);
        self.choose(if on { None } else { Some(i) });
    }

    /// Clears the selection; focus goes to the button of the hotspot that was selected.
    pub fn clear(self) {
        let was = id_of(self.selected.get_untracked());
        self.choose(None);
        if let Some(id) = was {
            self.focus(id);
        }
    }

    /// Moves keyboard focus to the button of hotspot `id`.
    pub fn focus(self, id: &str) {
        let button = self
            .list
            .try_get_value()
            .flatten()
            .and_then(|l| {
                l.query_selector(&format!("[data-id=\"{id}\"]"))
                    .ok()
                    .flatten()
            })
            .and_then(|e| e.dyn_into::<HtmlElement>().ok());
        if let Some(b) = button {
            let _ = b.focus();
        }
    }
}
