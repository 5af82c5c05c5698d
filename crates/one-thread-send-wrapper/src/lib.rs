//! In place of send_wrapper 0.6, for the widgets' builds. Leptos keeps every value that
//! is not `Send` (DOM handles, closures, local signals) in a `SendWrapper`, which records
//! the thread that made it and checks it on every access and drop. On wasm without the
//! `atomics` target feature there is one thread and no way to start another, so the
//! check always passes: here it is not made, and std's thread-handle code that it
//! reached (`std::thread::current`, about 4.8 KB of raw wasm, 1.5 KB brotli in every
//! variant) is not linked. Everywhere else (native tests, the content compiler) the
//! creating thread is recorded and checked as send_wrapper does: using or dropping a
//! value on another thread panics (a drop while already panicking leaks it instead).

#![allow(clippy::panic)] // only where a value crossed threads, which single-threaded wasm cannot do

use std::fmt;
use std::mem::ManuallyDrop;
use std::ops::{Deref, DerefMut};

/// The thread a value was made on: nothing to record where there is one thread.
#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
#[derive(Clone, Copy)]
struct Origin;

#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
impl Origin {
    /// The one thread.
    fn here() -> Self {
        Origin
    }

    /// Always: there is no other thread.
    fn is_here(self) -> bool {
        true
    }
}

/// The thread a value was made on.
#[cfg(not(all(target_family = "wasm", not(target_feature = "atomics"))))]
#[derive(Clone, Copy, PartialEq, Eq)]
struct Origin(std::thread::ThreadId);

#[cfg(not(all(target_family = "wasm", not(target_feature = "atomics"))))]
impl Origin {
    /// The thread running now.
    fn here() -> Self {
        Origin(std::thread::current().id())
    }

    /// Whether the thread running now is this one.
    fn is_here(self) -> bool {
        self == Origin::here()
    }
}

/// A value that may be moved between threads but used, and dropped, only on the thread
/// that made it (send_wrapper's API: [`SendWrapper::new`], [`valid`](SendWrapper::valid),
/// [`take`](SendWrapper::take), `Deref`, `DerefMut`, `Clone`, `Debug`, and with the
/// `futures` feature `Future` and `Stream`).
pub struct SendWrapper<T> {
    data: ManuallyDrop<T>,
    origin: Origin,
}

// SAFETY: the value is reached only through `Deref`, `DerefMut`, `take`, a poll or drop,
// each on the thread that made it (checked where there can be another; on single-threaded
// wasm there is no other), so it is never used from two threads.
unsafe impl<T> Send for SendWrapper<T> {}
// SAFETY: as for `Send`: a shared reference gives access only on the making thread.
unsafe impl<T> Sync for SendWrapper<T> {}

impl<T> SendWrapper<T> {
    /// Wraps `data`, made on the thread running now.
    pub fn new(data: T) -> SendWrapper<T> {
        SendWrapper {
            data: ManuallyDrop::new(data),
            origin: Origin::here(),
        }
    }

    /// Whether the value may be used here (on the thread that made it).
    pub fn valid(&self) -> bool {
        self.origin.is_here()
    }

    /// The value, unwrapped. Panics on another thread than the one that made it.
    #[track_caller]
    pub fn take(self) -> T {
        self.check("taken");
        let mut this = ManuallyDrop::new(self);
        // SAFETY: `this` is never dropped, so `data` is taken exactly once.
        unsafe { ManuallyDrop::take(&mut this.data) }
    }

    #[track_caller]
    fn check(&self, what: &str) {
        if !self.valid() {
            panic!("a SendWrapper's value was {what} on another thread than the one that made it");
        }
    }
}

impl<T> Deref for SendWrapper<T> {
    type Target = T;

    #[track_caller]
    fn deref(&self) -> &T {
        self.check("used");
        &self.data
    }
}

impl<T> DerefMut for SendWrapper<T> {
    #[track_caller]
    fn deref_mut(&mut self) -> &mut T {
        self.check("used");
        &mut self.data
    }
}

impl<T> Drop for SendWrapper<T> {
    #[track_caller]
    fn drop(&mut self) {
        if !std::mem::needs_drop::<T>() || self.valid() {
            // SAFETY: `data` is dropped once, here, and not used after.
            unsafe { ManuallyDrop::drop(&mut self.data) }
        } else if !std::thread::panicking() {
            panic!("a SendWrapper's value was dropped on another thread than the one that made it");
        }
    }
}

impl<T: fmt::Debug> fmt::Debug for SendWrapper<T> {
    #[track_caller]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SendWrapper")
            .field("data", self.deref())
            .finish()
    }
}

impl<T: Clone> Clone for SendWrapper<T> {
    #[track_caller]
    fn clone(&self) -> Self {
        Self::new(self.deref().clone())
    }
}

#[cfg(feature = "futures")]
mod futures {
    use std::future::Future;
    use std::pin::Pin;
    use std::task::{Context, Poll};

    use futures_core::Stream;

    use super::SendWrapper;

    impl<F: Future> Future for SendWrapper<F> {
        type Output = F::Output;

        #[track_caller]
        fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<F::Output> {
            self.check("polled");
            // SAFETY: the future is never moved out of a pinned wrapper (`take` needs
            // the wrapper by value), so pinning the wrapper pins it.
            unsafe { self.map_unchecked_mut(|w| &mut *w.data) }.poll(cx)
        }
    }

    impl<S: Stream> Stream for SendWrapper<S> {
        type Item = S::Item;

        #[track_caller]
        fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<S::Item>> {
            self.check("polled");
            // SAFETY: as for `Future`.
            unsafe { self.map_unchecked_mut(|w| &mut *w.data) }.poll_next(cx)
        }

        fn size_hint(&self) -> (usize, Option<usize>) {
            std::ops::Deref::deref(self).size_hint()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::SendWrapper;
    use std::rc::Rc;
    use std::thread;

    #[test]
    fn a_value_is_used_and_taken_on_its_own_thread() {
        let mut w = SendWrapper::new(Rc::new(5));
        assert!(w.valid());
        assert_eq!(**w, 5);
        *w = Rc::new(6);
        let c = w.clone();
        assert_eq!(*w.take(), 6);
        assert_eq!(**c, 6);
    }

    #[cfg(not(target_family = "wasm"))]
    #[test]
    fn on_another_thread_it_is_not_valid_and_use_panics() {
        let w = SendWrapper::new(Rc::new(1));
        let used = thread::spawn(move || {
            assert!(!w.valid());
            let _ = **w;
        });
        assert!(used.join().is_err());
    }

    #[cfg(not(target_family = "wasm"))]
    #[test]
    fn dropped_on_another_thread_it_panics_there_and_is_not_dropped() {
        let rc = Rc::new(());
        let w = SendWrapper::new(Rc::clone(&rc));
        assert!(thread::spawn(move || drop(w)).join().is_err());
        assert_eq!(Rc::strong_count(&rc), 2);
        let here = SendWrapper::new(Rc::clone(&rc));
        drop(here);
        assert_eq!(Rc::strong_count(&rc), 2);
    }

    #[cfg(feature = "futures")]
    #[test]
    fn a_wrapped_future_is_polled() {
        let w = SendWrapper::new(std::future::ready(Rc::new(42)));
        assert_eq!(*futures_executor::block_on(w), 42);
    }
}
