//! Helpers for the browser tests: mount a widget the way the loader does, reach into
//! its shadow root, send events, wait for Leptos to update, and capture warnings.

#![allow(dead_code, clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use js_sys::{Array, Function, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, Element, HtmlElement, KeyboardEvent, KeyboardEventInit, ShadowRoot};

include!(concat!(env!("OUT_DIR"), "/data_files.rs"));

/// Installs a data source serving the real data files (glossary, map cards) from memory, the way
/// the loader serves them from the bundle (idempotent).
pub fn install_data() {
    thread_local! { static DONE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) }; }
    if DONE.with(|d| d.replace(true)) {
        return;
    }
    let files = js_sys::Map::new();
    for (path, json) in DATA_FILES {
        files.set(&JsValue::from_str(path), &JsValue::from_str(json));
    }
    // The layout is the content compiler's (DATA_KINDS, DATA_INDEX).
    let folders = js_sys::Object::new();
    for (kind, folder) in DATA_KINDS {
        Reflect::set(
            &folders,
            &JsValue::from_str(kind),
            &JsValue::from_str(folder),
        )
        .unwrap();
    }
    let make = Function::new_with_args(
        "files, folders, index",
        "return (kind, lang, id, done) => { const p = kind === 'index' ? index : `${folders[kind]}/${lang}/${id}.json`; \
         const t = files.get(p); Promise.resolve().then(() => (t ? done(JSON.parse(t)) : done(undefined, 'no ' + p))); }",
    );
    let source: Function = make
        .call3(
            &JsValue::NULL,
            &files,
            &folders,
            &JsValue::from_str(DATA_INDEX),
        )
        .unwrap()
        .dyn_into()
        .unwrap();
    explainers::data::set_data_source(source);
}

/// The text of one data file the build wrote (its JSON, as a string).
pub fn data_file(path: &str) -> String {
    DATA_FILES
        .iter()
        .find(|(p, _)| *p == path)
        .map(|(_, json)| (*json).to_owned())
        .unwrap_or_else(|| panic!("no data file {path}"))
}

/// The body of a hotspot card, as the build wrote it.
pub fn card_body(lang: &str, id: &str) -> String {
    let folder = DATA_KINDS
        .iter()
        .find(|(k, _)| *k == "card")
        .map(|(_, f)| *f)
        .unwrap();
    let json = data_file(&format!("{folder}/{lang}/{id}.json"));
    let obj = js_sys::JSON::parse(&json).unwrap();
    Reflect::get(&obj, &"html".into())
        .unwrap()
        .as_string()
        .unwrap()
}

pub fn document() -> Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A mounted widget: its host element, shadow root and instance id.
pub struct Mounted {
    pub host: HtmlElement,
    pub root: ShadowRoot,
    pub id: u32,
}

impl Mounted {
    pub fn q(&self, selector: &str) -> Option<Element> {
        self.root.query_selector(selector).unwrap()
    }

    pub fn must(&self, selector: &str) -> HtmlElement {
        self.q(selector)
            .unwrap_or_else(|| panic!("no {selector} in <{}>", self.host.local_name()))
            .dyn_into()
            .unwrap()
    }

    pub fn count(&self, selector: &str) -> u32 {
        self.root.query_selector_all(selector).unwrap().length()
    }

    pub fn set(&self, name: &str, value: Option<&str>) {
        match value {
            Some(v) => self.host.set_attribute(name, v).unwrap(),
            None => self.host.remove_attribute(name).unwrap(),
        }
        explainers::runtime::exports::update(self.id, name, value.map(str::to_owned));
    }

    pub fn unmount(self) -> bool {
        let ok = explainers::runtime::exports::unmount(self.id);
        self.host.remove();
        ok
    }
}

/// A term's trigger as the loader builds it before any wasm, by the loader's own code
/// (`triggerTemplate` in `js/explainers.js`, the one place its markup is written): the
/// container the mounted term adopts.
pub fn loader_trigger() -> HtmlElement {
    const LOADER: &str = include_str!("../../js/explainers.js");
    let start = LOADER
        .find("function triggerTemplate()")
        .expect("the loader's triggerTemplate");
    let end = start + LOADER[start..].find("\n}\n").expect("its end") + 2;
    let build = Function::new_with_args(
        "state",
        &[
            &LOADER[start..end],
            "return triggerTemplate().cloneNode(true);",
        ]
        .concat(),
    );
    build
        .call1(&JsValue::NULL, &js_sys::Object::new())
        .unwrap()
        .dyn_into()
        .unwrap()
}

/// Creates `<tag attrs…>inner</tag>` in `parent` (the body when `None`) and mounts it
/// like the loader does: open shadow root, shared CSS, a container div (for a term, the
/// loader's trigger in its container).
pub fn mount_in(
    parent: Option<&Element>,
    tag: &str,
    attrs: &[(&str, &str)],
    inner: &str,
) -> Mounted {
    let doc = document();
    let host: HtmlElement = doc.create_element(tag).unwrap().dyn_into().unwrap();
    for (k, v) in attrs {
        host.set_attribute(k, v).unwrap();
    }
    host.set_inner_html(inner);
    match parent {
        Some(p) => p.append_child(&host).unwrap(),
        None => doc.body().unwrap().append_child(&host).unwrap(),
    };
    let init = web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open);
    let root = host.attach_shadow(&init).unwrap();
    let style = doc.create_element("style").unwrap();
    style.set_text_content(Some(explainers::style::CSS));
    root.append_child(&style).unwrap();
    let mount: HtmlElement = if tag == "glossary-term" {
        loader_trigger()
    } else {
        doc.create_element("div").unwrap().dyn_into().unwrap()
    };
    root.append_child(&mount).unwrap();
    install_data();
    let id = explainers::runtime::exports::mount(tag, host.clone(), mount, None);
    Mounted { host, root, id }
}

pub fn mount(tag: &str, attrs: &[(&str, &str)], inner: &str) -> Mounted {
    mount_in(None, tag, attrs, inner)
}

/// Lets Leptos run its effects and update the DOM, data already in memory arrive
/// (a timer: every pending microtask runs first), and every widget's later steps run
/// (a frame at a time, until `pending()` is 0).
pub async fn settle() {
    for _ in 0..100 {
        for _ in 0..3 {
            for _ in 0..3 {
                leptos::task::tick().await;
            }
            next_task().await;
        }
        if explainers::hooks::pending() == 0 {
            return;
        }
        frame().await;
    }
}

/// Waits for the browser's next animation frame: resolves in it, before its rendering
/// (so what the DOM holds then is what that frame shows).
pub async fn frame() {
    let p = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .request_animation_frame(&resolve)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(p).await.unwrap();
}

/// What each rendered frame showed while a widget was built: `parts` counted once per
/// frame until no step is pending, then once more when settled.
pub async fn parts_per_frame(parts: impl Fn() -> usize) -> Vec<usize> {
    let mut seen = vec![parts()];
    while explainers::hooks::pending() > 0 && seen.len() < 200 {
        frame().await;
        seen.push(parts());
    }
    settle().await;
    seen.push(parts());
    seen
}

/// Checks, frame by frame until it is complete, that a widget just mounted builds its
/// `N` parts (`parts`: whether each is there, in the order they should come) in that
/// order: none at first, never one without those before it, all in the end, and no
/// step still pending.
pub async fn assert_built_in_order<const N: usize>(parts: impl Fn() -> [bool; N]) {
    let count = || {
        let built = parts();
        let n = built.iter().take_while(|b| **b).count();
        // A part without one before it: out of order.
        if built.iter().skip(n).any(|b| *b) {
            usize::MAX
        } else {
            n
        }
    };
    let seen = parts_per_frame(count).await;
    assert_eq!(seen.first(), Some(&0), "{seen:?}");
    assert_eq!(seen.last(), Some(&N), "{seen:?}");
    assert!(
        seen.windows(2).all(|w| w[0] <= w[1]),
        "out of order: {seen:?}"
    );
    assert_eq!(explainers::hooks::pending(), 0);
}

/// Yields to the event loop once: the next task (a zero-delay timer).
async fn next_task() {
    let p = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(p).await.unwrap();
}

/// How long [`until`] waits before it fails.
const UNTIL_MS: f64 = 3000.0;

/// Waits until `done()` holds, checking after every task, and fails naming `what` when
/// it has not after [`UNTIL_MS`]: a wait on a state, never a fixed sleep.
pub async fn until(what: &str, done: impl Fn() -> bool) {
    let start = js_sys::Date::now();
    while !done() {
        assert!(
            js_sys::Date::now() - start < UNTIL_MS,
            "timed out after {UNTIL_MS} ms waiting for {what}"
        );
        next_task().await;
    }
}

pub fn key(target: &Element, key: &str) {
    let init = KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_cancelable(true);
    let ev = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    target.dispatch_event(&ev).unwrap();
}

/// Records `console.warn` calls until dropped.
pub struct Warnings {
    original: JsValue,
    log: Array,
}

impl Warnings {
    pub fn capture() -> Self {
        let console = Reflect::get(&js_sys::global(), &"console".into()).unwrap();
        let original = Reflect::get(&console, &"warn".into()).unwrap();
        let log = Array::new();
        let f = Function::new_with_args("log", "return (...a) => log.push(a.join(' '))");
        let replacement = f.call1(&JsValue::NULL, &log).unwrap();
        Reflect::set(&console, &"warn".into(), &replacement).unwrap();
        Warnings { original, log }
    }

    pub fn messages(&self) -> Vec<String> {
        self.log.iter().filter_map(|v| v.as_string()).collect()
    }
}

impl Drop for Warnings {
    fn drop(&mut self) {
        let console = Reflect::get(&js_sys::global(), &"console".into()).unwrap();
        Reflect::set(&console, &"warn".into(), &self.original).unwrap();
    }
}

/// Records the `detail` of every `name` event reaching the document until dropped.
pub struct Events {
    name: String,
    log: Array,
    listener: Function,
}

impl Events {
    pub fn listen(name: &str) -> Self {
        let log = Array::new();
        let f = Function::new_with_args("log", "return (e) => log.push(e.detail)");
        let listener: Function = f.call1(&JsValue::NULL, &log).unwrap().dyn_into().unwrap();
        document()
            .add_event_listener_with_callback(name, &listener)
            .unwrap();
        Events {
            name: name.into(),
            log,
            listener,
        }
    }

    /// The numeric `detail.<field>` of every event heard (NaN where it is not a number).
    pub fn numbers(&self, field: &str) -> Vec<f64> {
        self.log
            .iter()
            .map(|d| {
                Reflect::get(&d, &field.into())
                    .unwrap()
                    .as_f64()
                    .unwrap_or(f64::NAN)
            })
            .collect()
    }

    pub fn details(&self, field: &str) -> Vec<String> {
        self.log
            .iter()
            .map(|d| {
                Reflect::get(&d, &field.into())
                    .unwrap()
                    .as_string()
                    .unwrap_or_default()
            })
            .collect()
    }
}

impl Drop for Events {
    fn drop(&mut self) {
        let _ = document().remove_event_listener_with_callback(&self.name, &self.listener);
    }
}
