//! `<Deferred>…</Deferred>`: part of a view built in a later step
//! ([`later`](super::later::later): steps spread over the frames after the mount, through
//! [`in_step`]), in its place among its siblings, so that
//! mounting a large widget is several short main-thread tasks and several short
//! renderings instead of one long one of each, and the widget's structure still reads
//! top to bottom in one `view!`.
//!
//! Until its step runs, a `Deferred` is an empty comment node; the step builds its
//! children once and inserts them before that node (after another, which marks where
//! they begin). Unlike a reactive
//! `move || ready.get().then(|| view! { … })`, it never diffs its children, so it adds
//! no update code for them (that closure cost 2.8 KB brotli in the slider variant).
//! Steps run in the order the `Deferred`s were built: a `Deferred` inside another is
//! built (and its own step asked for) when the outer one's step runs.

use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

use leptos::children::TypedChildren;
use leptos::prelude::*;
use leptos::tachys::html::attribute::any_attribute::AnyAttribute;
use leptos::tachys::html::attribute::Attribute;
use leptos::tachys::hydration::Cursor;
use leptos::tachys::renderer::types::{Element, Node, Placeholder};
use leptos::tachys::renderer::Rndr;
use leptos::tachys::view::add_attr::AddAnyAttr;
use leptos::tachys::view::{Mountable, Position, PositionState, Render, RenderHtml};
use wasm_bindgen::JsCast;

use super::later::in_step;

/// Its children, built in a later step ([`in_step`]) where the `Deferred` stands, under
/// the current reactive owner: their effects and DOM state live and die with it.
/// Nothing is built if that owner is disposed before the step runs.
#[component]
pub fn Deferred<V>(
    /// What to build later.
    children: TypedChildren<V>,
) -> impl IntoView
where
    V: IntoView + 'static,
{
    Later(children)
}

/// The view a [`Deferred`] returns: its children, not built yet.
pub struct Later<V>(TypedChildren<V>);

/// What a built [`Later`] holds once its step has run: an empty comment before its
/// children's nodes (they are the nodes between it and the marker, whatever their own
/// updates make of them), and their state, kept alive for their effects. Type-erased,
/// so that no view type's mounting code is compiled twice.
struct Built {
    start: Placeholder,
    _state: Box<dyn Any>,
}

/// A built [`Later`]: its place (an empty comment) and what its step built there.
pub struct LaterState {
    marker: Placeholder,
    built: Rc<RefCell<Option<Built>>>,
}

impl LaterState {
    /// The nodes its step put in the DOM, in order: the start comment and its
    /// children's.
    fn nodes(&self) -> Vec<Node> {
        let mut nodes = Vec::new();
        let marker: &Node = &self.marker;
        let mut next = self.built.borrow().as_ref().map(|b| Node::clone(&b.start));
        while let Some(n) = next.filter(|n| n != marker) {
            next = n.next_sibling();
            nodes.push(n);
        }
        nodes
    }
}

/// How a step builds a [`Later`]'s children: mounted in the parent before the marker,
/// their state returned to be kept.
type Build = Box<dyn FnOnce(&Element, &Node) -> Box<dyn Any>>;

/// A [`Later`]'s place, and its step asked for: the part of building one that does not
/// depend on its children's type, so that each `Deferred` adds only its own children's
/// code to the bundle.
fn defer(build: Build) -> LaterState {
    let marker = Rndr::create_placeholder();
    let built: Rc<RefCell<Option<Built>>> = Rc::default();
    let (at, slot) = (marker.clone(), Rc::clone(&built));
    // In the current owner, held weakly ([`in_step`]): a strong hold from the queue would
    // keep an instance unmounted before its steps ran alive, and build into its old root.
    in_step(move || {
        let Some(parent) = at.parent_element() else {
            return;
        };
        let at: &Node = &at;
        let start = Rndr::create_placeholder();
        let _ = parent.insert_before(&start, Some(at));
        let state = build(&parent, at);
        *slot.borrow_mut() = Some(Built {
            start,
            _state: state,
        });
    });
    LaterState { marker, built }
}

impl<V: IntoView + 'static> Render for Later<V> {
    type State = LaterState;

    fn build(self) -> LaterState {
        let children = self.0.into_inner();
        defer(Box::new(move |parent, marker| {
            let mut state = children().build();
            state.mount(parent, Some(marker));
            Box::new(state)
        }))
    }

    fn rebuild(self, state: &mut LaterState) {
        // A new place before the old one, then the old one and what it holds go.
        let mut next = self.build();
        if let Some(parent) = state.marker.parent_element() {
            next.mount(&parent, Some(&state.marker));
        }
        state.unmount();
        *state = next;
    }
}

impl Mountable for LaterState {
    fn unmount(&mut self) {
        for n in self.nodes() {
            if let Some(p) = n.parent_node() {
                let _ = p.remove_child(&n);
            }
        }
        self.marker.unmount();
    }

    fn mount(&mut self, parent: &Element, marker: Option<&Node>) {
        for n in self.nodes() {
            let _ = parent.insert_before(&n, marker);
        }
        self.marker.mount(parent, marker);
    }

    fn insert_before_this(&self, child: &mut dyn Mountable) -> bool {
        match self.built.borrow().as_ref() {
            Some(b) => b.start.insert_before_this(child),
            None => self.marker.insert_before_this(child),
        }
    }

    fn elements(&self) -> Vec<Element> {
        self.nodes()
            .into_iter()
            .filter_map(|n| n.dyn_into::<Element>().ok())
            .collect()
    }
}

// What tachys asks of every view; a `Deferred` is only ever rendered in the browser
// (`csr`), never to HTML on a server.
impl<V: IntoView + 'static> RenderHtml for Later<V> {
    type AsyncOutput = Self;
    type Owned = Self;

    const MIN_LENGTH: usize = 0;

    fn dry_resolve(&mut self) {}

    async fn resolve(self) -> Self {
        self
    }

    fn to_html_with_buf(
        self,
        _buf: &mut String,
        _position: &mut Position,
        _escape: bool,
        _mark_branches: bool,
        _extra_attrs: Vec<AnyAttribute>,
    ) {
    }

    fn hydrate<const FROM_SERVER: bool>(
        self,
        _cursor: &Cursor,
        _position: &PositionState,
    ) -> LaterState {
        self.build()
    }

    fn into_owned(self) -> Self {
        self
    }
}

impl<V: IntoView + 'static> AddAnyAttr for Later<V> {
    type Output<SomeNewAttr: Attribute> = Self;

    fn add_any_attr<NewAttr: Attribute>(self, _attr: NewAttr) -> Self::Output<NewAttr> {
        self
    }
}
