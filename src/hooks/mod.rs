//! Small hooks over the browser that clean up after themselves: each holds a gloo
//! listener or timer that is removed when it is dropped, or signals and effects, and is
//! dropped with the reactive owner (the widget instance) that created it, so unmounting
//! a widget leaves nothing behind. No `Closure::forget`. And the deferral every widget
//! shares: [`later`]'s queue of steps, [`in_step`], a step run in the current reactive
//! owner (how a view built with DOM calls asks for its later parts), and [`Deferred`],
//! the component that builds its children in one of them (in a `view!`).

pub mod complete;
pub mod deferred;
pub mod derived;
pub mod effect;
pub mod frame;
pub mod later;
pub mod memo;
pub mod use_event_listener;
pub mod use_page_listeners;
pub mod use_timeout;
pub mod use_words;

pub use complete::when_complete;
pub use deferred::Deferred;
pub use derived::Derived;
pub use effect::{attribute_effect, effect, on_change};
pub use later::{as_instance, in_step, later, pending, pending_for};
pub use memo::memo;
pub use use_event_listener::{use_capture_listener, use_event_listener};
pub use use_page_listeners::PageListeners;
pub use use_timeout::{use_timeout, UseTimeout};
pub use use_words::use_words;
