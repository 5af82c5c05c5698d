// The view-length lint (scripts/view-length.mjs, run by `make lint`): it finds every
// view function and measures it from its `fn` line to its closing brace, and braces in
// strings, characters and comments do not fool it.

import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MAX_LINES, tooLong, viewFunctions } from "../../scripts/view-length.mjs";

// A view function whose body has `body` lines, with `before` above it.
const view = (name, body, { before = "#[component]\n", returns = " -> impl IntoView" } = {}) =>
  `${before}pub fn ${name}(\n    /// A prop.\n    x: u8,\n)${returns} {\n${"    let _ = x;\n".repeat(body)}}\n`;

test("a view function over the limit is caught, one at the limit passes", () => {
  // Four lines besides the body: `fn`, the prop's doc and the prop, `)`, and `}`.
  const src = view("AtLimit", MAX_LINES - 5) + "\n" + view("OverLimit", MAX_LINES - 4);
  const found = Object.fromEntries(viewFunctions(src).map((f) => [f.name, f.lines]));
  assert.deepEqual(found, { AtLimit: MAX_LINES, OverLimit: MAX_LINES + 1 });
  const dir = mkdtempSync(join(tmpdir(), "view-length-"));
  mkdirSync(join(dir, "widget"));
  writeFileSync(join(dir, "widget", "view.rs"), src);
  // OverLimit's `fn` is on the line after AtLimit (MAX_LINES + 1 lines with its
  // attribute), a blank line and its own attribute.
  assert.deepEqual(
    tooLong(dir).map((f) => [f.name, f.line, f.lines]),
    [["OverLimit", MAX_LINES + 4, MAX_LINES + 1]],
  );
});

test("a component is a view function whatever it returns; a long plain function is not", () => {
  const src = [
    view("Component", 3, { returns: " -> AnyView" }),
    view("helper", 3, { before: "", returns: " -> impl IntoView + use<>" }),
    view("Other", 200, { before: "#[inline]\n", returns: " -> String" }),
    "#[component]\nfn Undocumented() -> impl IntoView {}\n",
  ].join("\n");
  assert.deepEqual(
    viewFunctions(src).map((f) => f.name),
    ["Component", "helper", "Undocumented"],
  );
});

test("braces in strings, characters, raw strings and comments are not code", () => {
  const src = `#[component]
pub fn Tricky(x: u8) -> impl IntoView {
    let a = "}}}";
    let b = '}';
    let c = '\\'';
    let d = r#"}" }"#;
    // }
    /* } /* } */ } */
    let e: &'static str = "\\"}";
    view! { <p>{format!("{x}")}</p> }
}
fn after() -> impl IntoView {
    ()
}
`;
  assert.deepEqual(
    viewFunctions(src).map((f) => [f.name, f.lines]),
    [
      ["Tricky", 10],
      ["after", 3],
    ],
  );
});

// Regression (review of issue 25): the slider and the map became plain functions that
// build their elements with runtime/build.rs, and the lint no longer saw them.
test("a function that builds elements with the DOM-building helpers is a view function", () => {
  const builds = (name, call) => `pub fn ${name}(parent: &Element) -> Option<()> {\n    let x = ${call}(parent, "p", &[])?;\n    Some(())\n}\n`;
  const src = [builds("gauges", "add"), builds("chart", "add_svg"), builds("plain", "addition"), "fn adds() -> u8 { 1 }\n"].join("\n");
  assert.deepEqual(viewFunctions(src).map((f) => f.name), ["gauges", "chart"]);
});
