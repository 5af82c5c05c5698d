// The files the scaffold creates for a new widget (the tests' are in tests.mjs): a
// minimal but real block widget, a count a reader raises with a button, with its public
// identity, its words in both languages, its editors' guide, its pure logic with native
// tests, its component, its registry entry, its CSS and its variant. Each file says which
// step of the checklist (checklist.mjs) it belongs to.

/** The `<tag>`'s widget.toml: one element, one attribute, one event. */
const widgetToml = (n) => `# The public identity of <${n.tag}>. One owner: see widgets/glossary/widget.toml for
# what is generated from these files.

[[element]]
tag = "${n.tag}"
feature = "${n.feature}"
summary = "A count that a reader raises with a button."

[[element.attribute]]
name = "count"
ts = "number | string"
summary = "The count shown, a whole number from 0 to 999; 0 when absent or not one, 999 when larger."

[[element.event]]
name = "${n.event}"
summary = "A reader raised the count: \`count\` is the new count (also written to the attribute)."
detail = [{ name = "count", type = "number" }]
`;

const textToml = (n) => `# The interface words of <${n.tag}>, in both languages: the one owner of each. One rule
# for every widgets/*/text.toml (widgets/page/README.md); the build generates a constant
# per key (\`ui_text::${n.module}::RAISE\`, …).

[count_shown]
note = "The count, as the widget shows it."
ja = "いまの数：{count}"
en = "Count: {count}"

[raise]
note = "The button that raises the count by one."
ja = "1つ増やす"
en = "Add one"
`;

const readme = (n) => `# <${n.tag}>: a guide for editors

This folder holds what editors change in \`<${n.tag}>\`, without touching its Rust code.

- \`text.toml\` has its interface words (the count as shown, the button), one table per
  key with \`ja\`, \`en\` and an optional \`note\`, under the rule every widget's interface
  words follow ([../page/README.md](../page/README.md)). Both languages are required, and
  a placeholder such as \`{count}\` must appear in both.
- \`widget.toml\` is the element's public identity (its tag, attribute and event): a
  developers' file; what is generated from it is listed at the top of
  [../glossary/widget.toml](../glossary/widget.toml).

When the project is built, these files are read and checked; if something is wrong, the
build stops and names the file, the key and the language to fix.
`;

const modRs = (n) => `//! \`<${n.tag}>\`: a count that a reader raises with a button. The pure piece (reading
//! the \`count\` attribute, [\`count\`]) has native tests; [\`view::${n.component}\`] is the
//! component over it; its registry entry, \`WIDGET\`, mounts it for the element.

pub mod count;
pub mod view;

use std::any::Any;

use leptos::prelude::*;
use wasm_bindgen::JsValue;
use web_sys::HtmlElement;

use self::count::{parse_count, BadCount, MAX};
use self::view::${n.component};
use crate::attrs::excerpt;
use crate::hooks::effect;
use crate::num::decimal;
use crate::runtime::elements::${n.module}::{attr, event, ELEMENT};
use crate::runtime::host::Host;
use crate::runtime::registry::Widget;

/// \`<${n.tag}>\` in the registry.
pub(crate) static WIDGET: Widget = Widget {
    element: &ELEMENT,
    mount,
};

/// The element → [\`${n.component}\`] glue. The \`count\` attribute is the one source of
/// truth: the view shows it, and a reader's press is written back to it and announced
/// with \`${n.event}\`.
fn mount(host: Host, root: HtmlElement) -> Box<dyn Any> {
    Box::new(mount_to(root, move || {
        let (lang, theme) = host.lang_and_theme_memos();
        let raw = host.attr(attr::COUNT);
        // One warning per unusable \`count\`.
        let (warn_raw, warner) = (raw.clone(), host.clone());
        effect(move || {
            warn_raw.with(|raw| {
                let why = match parse_count(raw.as_deref()) {
                    Err((_, BadCount::NotACount)) => "\\" is not a whole number; using 0.",
                    Err((_, BadCount::TooLarge)) => "\\" is more than 999; using 999.",
                    Ok(_) => return,
                };
                let shown = excerpt(raw.as_deref().unwrap_or(""));
                warner.warn(&["count=\\"", &shown, why].concat());
            })
        });
        let count = Memo::new(move |_| {
            raw.with(|raw| parse_count(raw.as_deref()).unwrap_or_else(|(used, _)| used))
        });
        let on_raise = Callback::new(move |()| {
            let next = count.get_untracked().saturating_add(1).min(MAX);
            if next == count.get_untracked() {
                return;
            }
            host.write(attr::COUNT, Some(&decimal(i64::from(next))));
            host.dispatch(
                event::${n.eventConst},
                &[("count", JsValue::from(next))],
            );
        });
        view! { <${n.component} count=count lang=lang theme=theme on_raise=on_raise /> }
    }))
}
`;

const countRs = () => `//! The \`count\` attribute: a whole number from 0 to [\`MAX\`], written in digits.

/// The largest count.
pub const MAX: u32 = 999;

/// Why a \`count\` attribute was not used as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BadCount {
    /// Empty, or not only digits: 0 is used.
    NotACount,
    /// More than [\`MAX\`]: [\`MAX\`] is used.
    TooLarge,
}

/// Reads \`count\` (absent: 0). \`Err\` carries the count used and why.
pub fn parse_count(raw: Option<&str>) -> Result<u32, (u32, BadCount)> {
    let Some(raw) = raw else {
        return Ok(0);
    };
    let digits = raw.trim();
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err((0, BadCount::NotACount));
    }
    match digits.parse::<u32>() {
        Ok(n) if n <= MAX => Ok(n),
        _ => Err((MAX, BadCount::TooLarge)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_are_read() {
        assert_eq!(parse_count(None), Ok(0));
        assert_eq!(parse_count(Some("0")), Ok(0));
        assert_eq!(parse_count(Some(" 42 ")), Ok(42));
        assert_eq!(parse_count(Some("999")), Ok(MAX));
    }

    #[test]
    fn bad_counts_fall_back() {
        for bad in ["", " ", "-1", "4.5", "many", "1e3", "<b>2</b>"] {
            assert_eq!(
                parse_count(Some(bad)),
                Err((0, BadCount::NotACount)),
                "{bad}"
            );
        }
        for big in ["1000", "99999999999999999999"] {
            assert_eq!(
                parse_count(Some(big)),
                Err((MAX, BadCount::TooLarge)),
                "{big}"
            );
        }
    }
}
`;

const viewRs = (n) => `//! The \`<${n.tag}>\` view: the count and a button that raises it.

use leptos::prelude::*;

use crate::attrs::{Lang, Theme};
use crate::num::decimal;
use crate::ui_text::${n.module} as t;

/// \`<${n.tag}>\`: shows \`count\`; a press of its button goes to \`on_raise\` (whose owner
/// raises \`count\` in turn).
#[component]
pub fn ${n.component}(
    /// The count shown.
    count: Memo<u32>,
    /// The language of its words.
    lang: Memo<Lang>,
    /// The colour scheme.
    theme: Memo<Theme>,
    /// The reader pressed the button.
    on_raise: Callback<()>,
) -> impl IntoView {
    let shown = move || {
        let n = decimal(i64::from(count.get()));
        t::COUNT_SHOWN.fill(lang.get(), &[("count", &n)])
    };
    view! {
        <div
            class="ex-root ex-block ${n.tag}"
            lang=move || lang.get().tag()
            data-theme=move || theme.get().as_str()
        >
            <p class="${n.tag}-count" aria-live="polite" data-testid="${n.tag}-count">
                {shown}
            </p>
            <button
                type="button"
                class="${n.tag}-raise"
                data-testid="${n.tag}-raise"
                on:click=move |_| on_raise.run(())
            >
                {move || t::RAISE.get(lang.get())}
            </button>
        </div>
    }
}
`;

const css = (n) => `/* <${n.tag}>: the count and its button. Colours and sizes come from the theme
   (\`--_*\` in src/runtime/base.css and mounted.css, which read the documented
   --explainer-* custom properties). */

.${n.tag} {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 12px;
  padding: 16px;
  border: 1px solid var(--_border);
  border-radius: var(--_radius);
}

.${n.tag}-count {
  margin: 0;
  font-variant-numeric: tabular-nums;
}

.${n.tag}-raise {
  min-height: 44px;
  padding: 0 16px;
  border: 1px solid var(--_accent);
  border-radius: var(--_radius);
  background: var(--_accent);
  color: var(--_accent-fg);
}

.${n.tag}-raise:focus-visible {
  outline: 3px solid var(--_focus);
  outline-offset: 2px;
}
`;

const binRs = (n) => `//! The ${n.tag} variant (\`--no-default-features --features ${n.variantFeatures.join(",")}\`): the
//! glossary and \`<${n.tag}>\`, for pages with no other block widget. The loader
//! (\`explainers.js\`) picks it from the tags on the page.
//! In wasm it has no \`main\`: the library's exports are all it is (Rust's start-up
//! code would run for nothing).
#![cfg_attr(target_arch = "wasm32", no_main)]

pub use explainers::runtime::exports::*;

/// Natively (clippy, tests) a binary needs a \`main\`; it does nothing.
#[cfg(not(target_arch = "wasm32"))]
fn main() {}
`;

/** Every file the scaffold creates but the tests: its path, its step and its text. */
export const FILES = [
  { step: "identity", path: (n) => `widgets/${n.tag}/widget.toml`, what: "the element: tag, feature, one attribute, one event", text: widgetToml },
  { step: "words", path: (n) => `widgets/${n.tag}/text.toml`, what: "its interface words, in both languages", text: textToml },
  { step: "words", path: (n) => `widgets/${n.tag}/README.md`, what: "its guide for editors", text: readme },
  { step: "code", path: (n) => `src/${n.module}/mod.rs`, what: "its registry entry (`WIDGET`) and mount", text: modRs },
  { step: "code", path: (n) => `src/${n.module}/count.rs`, what: "pure logic (the attribute, read) with native tests", text: countRs },
  { step: "code", path: (n) => `src/${n.module}/view.rs`, what: "its `#[component]`, with typed props", text: viewRs },
  { step: "css", path: (n) => `src/${n.module}/${n.tag}.css`, what: "its CSS, its classes prefixed with the tag", text: css },
  { step: "variants", path: (n) => `src/bin/${n.module}.rs`, what: "its own variant's binary", text: binRs },
];
