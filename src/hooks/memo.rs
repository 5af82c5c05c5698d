//! `memo`: a [`Memo`] whose function is boxed. `Memo::new` builds its computation once
//! per closure type it is given; with the closure behind one boxed type per value type,
//! the memos of one value type share it (as [`effect`](super::effect) does for effects).

use leptos::prelude::*;

/// A memo's function, boxed: one type per value type.
type MemoFn<T> = Box<dyn Fn(Option<&T>) -> T + Send + Sync>;

/// A memo of what `f` returns, recomputed when a signal it read changes and passed on
/// only when the value differs, as [`Memo::new`] does (for a memo that does not need its
/// previous value).
pub fn memo<T>(f: impl Fn() -> T + Send + Sync + 'static) -> Memo<T>
where
    T: PartialEq + Send + Sync + 'static,
{
    let boxed: MemoFn<T> = Box::new(move |_| f());
    Memo::new(boxed)
}
