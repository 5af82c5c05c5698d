//! The mounted instances. Holding each view's unmount handle here, and nowhere else,
//! is what makes unmounting complete: dropping the entry drops the view, its reactive
//! owner, its signals and its event listeners.

use std::any::Any;
use std::cell::RefCell;

use super::host::Host;

/// One mounted element.
struct Instance {
    host: Host,
    /// The view's unmount handle (type-erased); dropping it unmounts.
    view: Box<dyn Any>,
}

#[derive(Default)]
struct Registry {
    next_id: u32,
    live: Vec<(u32, Instance)>,
}

thread_local! {
    static REGISTRY: RefCell<Registry> = RefCell::new(Registry::default());
}

/// A fresh instance id (never 0; 0 means "not mounted" to the loader).
pub fn next_id() -> u32 {
    REGISTRY.with(|r| {
        let mut r = r.borrow_mut();
        r.next_id = r.next_id.wrapping_add(1).max(1);
        r.next_id
    })
}

/// Records a mounted view.
pub fn insert(id: u32, host: Host, view: Box<dyn Any>) {
    REGISTRY.with(|r| r.borrow_mut().live.push((id, Instance { host, view })));
}

/// The host of a live instance (a clone: no borrow is held while the caller works).
pub fn host(id: u32) -> Option<Host> {
    REGISTRY.with(|r| {
        r.borrow()
            .live
            .iter()
            .find(|(i, _)| *i == id)
            .map(|(_, inst)| inst.host.clone())
    })
}

/// Removes an instance and drops its view (outside the registry borrow, so the view's
/// own clean-up may safely call back into the registry).
pub fn remove(id: u32) -> bool {
    let removed = REGISTRY.with(|r| {
        let mut r = r.borrow_mut();
        let pos = r.live.iter().position(|(i, _)| *i == id)?;
        Some(r.live.swap_remove(pos))
    });
    match removed {
        Some((_, inst)) => {
            drop(inst.view);
            drop(inst.host);
            true
        }
        None => false,
    }
}

/// How many instances are mounted (for leak tests).
pub fn live_count() -> usize {
    REGISTRY.with(|r| r.borrow().live.len())
}
