//! In place of wasm-streams, for the widgets' builds. Leptos enables the `browser`
//! feature of `server_fn` whatever its own features, and with it wasm-streams, which
//! exports three `#[wasm_bindgen]` classes (`IntoUnderlyingSource`, `IntoUnderlyingSink`,
//! `IntoUnderlyingByteSource`). Their async methods reach the indirect-call table, so
//! dropping the exports after linking left their code, the futures machinery behind them
//! and the Streams bindings in every variant (3.3 KB brotli of the glossary variant's
//! wasm and 0.3 KB of its glue). The widgets call no server function, the only user of
//! this API: here it has the same names and no JavaScript classes, and a stream that
//! would have carried a server function's body is empty, or one error.

use futures_util::stream::{self, Stream};
use wasm_bindgen::{JsCast, JsValue};

/// What a server function's response stream yields here instead of its body.
const UNAVAILABLE: &str = "streams are not available in this build (no server functions)";

/// A JavaScript `ReadableStream`, as wasm-streams names it.
#[derive(Debug)]
pub struct ReadableStream(web_sys::ReadableStream);

impl ReadableStream {
    /// A stream for a request's body: an empty one (the Rust stream is dropped unread).
    pub fn from_stream<St>(stream: St) -> Self
    where
        St: Stream<Item = Result<JsValue, JsValue>> + 'static,
    {
        drop(stream);
        Self(web_sys::ReadableStream::new().unwrap_or_else(|_| JsValue::NULL.unchecked_into()))
    }

    /// The stream `raw`, as it is.
    pub fn from_raw(raw: web_sys::ReadableStream) -> Self {
        Self(raw)
    }

    /// The JavaScript stream.
    pub fn into_raw(self) -> web_sys::ReadableStream {
        self.0
    }

    /// A Rust stream of its chunks: one error, saying why there are none.
    pub fn into_stream(self) -> impl Stream<Item = Result<JsValue, JsValue>> + Unpin {
        stream::iter([Err(JsValue::from_str(UNAVAILABLE))])
    }
}
