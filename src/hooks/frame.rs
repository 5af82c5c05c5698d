//! `Frame`: one requested animation frame, cancelled when dropped (as a `gloo-timers`
//! `Timeout` is for a timer), so that a wake-up nobody waits for any more never runs.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// A callback for the browser's next rendering (`requestAnimationFrame`); dropping it
/// before then cancels it.
pub struct Frame {
    id: i32,
    _callback: Closure<dyn FnMut()>,
}

impl Frame {
    /// Asks for `f` to run just before the next rendering; `None` where there is no
    /// window to ask (the caller's fallback timer still runs its work). (Boxed, as every
    /// timer's callback is: one closure type shares one shim.)
    pub fn request(f: Box<dyn FnOnce()>) -> Option<Frame> {
        let callback = Closure::once(f);
        let id = web_sys::window()?
            .request_animation_frame(callback.as_ref().unchecked_ref())
            .ok()?;
        Some(Frame {
            id,
            _callback: callback,
        })
    }
}

impl Drop for Frame {
    fn drop(&mut self) {
        if let Some(w) = web_sys::window() {
            let _ = w.cancel_animation_frame(self.id);
        }
    }
}
