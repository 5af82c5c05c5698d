//! `Derived`: a value computed from signals each time it is read, with no cache. A
//! [`Memo`](leptos::prelude::Memo) caches its value and tells its readers only when it
//! changes; its machinery is about 1.6 KB brotli of wasm, which the glossary, whose
//! derived values are all cheap (an attribute parsed, two ids compared), does without.
//! Whoever reads a `Derived` in an effect is run again when any signal it reads
//! changes, whether or not its value did: such effects compare with their last run
//! ([`attribute_effect`](super::attribute_effect), the popover's open effect), and
//! [`load_signal`](crate::data::load_signal) loads again only for a new key.

use leptos::prelude::*;

/// A derived value's function, boxed: one type per value type.
type DeriveFn<T> = Box<dyn Fn() -> T + Send + Sync>;

/// A value computed by a function of signals whenever it is read; `Copy`, and dropped
/// with the reactive owner it is created in (then it reads as `T::default()`).
pub struct Derived<T: 'static>(StoredValue<DeriveFn<T>>);

impl<T: 'static> Clone for Derived<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: 'static> Copy for Derived<T> {}

impl<T: Default + 'static> Derived<T> {
    /// The value `f` computes, read through [`Derived::get`].
    pub fn new(f: impl Fn() -> T + Send + Sync + 'static) -> Self {
        let boxed: DeriveFn<T> = Box::new(f);
        Derived(StoredValue::new(boxed))
    }

    /// Computes the value now, tracking the signals it reads; `T::default()` once the
    /// owner is gone.
    pub fn get(&self) -> T {
        self.0.try_with_value(|f| f()).unwrap_or_default()
    }

    /// Computes the value and passes it to `g`.
    pub fn with<R>(&self, g: impl FnOnce(&T) -> R) -> R {
        g(&self.get())
    }

    /// Computes the value without tracking what it reads.
    pub fn get_untracked(&self) -> T {
        untrack(|| self.get())
    }
}
