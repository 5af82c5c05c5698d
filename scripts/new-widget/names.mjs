// A new widget's names, all derived from its tag (one name per widget: the folder under
// widgets/, the Cargo feature, the variant and the CSS file are the tag; the Rust module
// is the tag with `_`), and the checks that refuse a tag the project cannot take.

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * A custom element name as the content compiler accepts one (`is_tag` in
 * compiler/src/elements.rs): lower-case ASCII words joined by hyphens, at least two.
 */
export const TAG = /^[a-z]+(-[a-z]+)+$/;

/** Names HTML reserves, which `customElements.define` refuses. */
const RESERVED = ["annotation-xml", "color-profile", "font-face", "font-face-src", "font-face-uri", "font-face-format", "font-face-name", "missing-glyph"];

/** `example-widget` → `ExampleWidget`. */
const pascal = (tag) => tag.split("-").map((w) => w[0].toUpperCase() + w.slice(1)).join("");

/** Every name of the widget `tag` (not checked: see `refusal`). */
export function names(tag) {
  const module = tag.replaceAll("-", "_");
  const event = `${tag}-change`;
  return {
    tag,
    module,
    feature: tag,
    variant: tag,
    // Its variant's Cargo features: the widget and the scope (as the slider's and the map's).
    variantFeatures: [tag, "scope"].sort(),
    bin: `explainers-${tag}`,
    component: pascal(tag),
    event,
    eventConst: event.replaceAll("-", "_").toUpperCase(),
    // The function of tests/e2e/drive.mjs that uses it as a reader would.
    drive: `use${pascal(tag)}`,
  };
}

/** The names as placeholders, for the checklist in ARCHITECTURE.md. */
export const PLACEHOLDERS = {
  tag: "<tag>",
  module: "<module>",
  feature: "<tag>",
  variant: "<tag>",
  variantFeatures: ["<tag>", "scope"],
  bin: "explainers-<tag>",
  component: "<Component>",
  event: "<tag>-change",
  eventConst: "<TAG>_CHANGE",
  drive: "use<Component>",
};

/** The tags the widget.toml of every folder under widgets/ declares, with the file. */
function declaredTags(root) {
  const widgets = join(root, "widgets");
  const tags = [];
  for (const dir of existsSync(widgets) ? readdirSync(widgets) : []) {
    const file = join(widgets, dir, "widget.toml");
    if (!existsSync(file)) continue;
    for (const m of readFileSync(file, "utf8").matchAll(/^tag\s*=\s*"([^"]*)"/gm)) tags.push([m[1], `widgets/${dir}/widget.toml`]);
  }
  return tags;
}

/**
 * Why the project cannot take `tag` under `root`, or null when it can: not a custom
 * element name as the project writes them, a name HTML reserves, or a widget (its tag,
 * folder, module, feature or any file the scaffold would create) that exists already.
 * `created(names)` lists the paths the scaffold would create.
 */
export function refusal(tag, root, created) {
  if (typeof tag !== "string" || !TAG.test(tag)) {
    return `"${tag}" is not a custom element name as the project writes them: lower-case ASCII words (a-z) joined by hyphens, at least two, e.g. example-widget`;
  }
  if (RESERVED.includes(tag)) return `"${tag}" is a name HTML reserves (customElements.define refuses it)`;
  const n = names(tag);
  const declared = declaredTags(root).find(([t]) => t === tag);
  if (declared) return `<${tag}> exists already: ${declared[1]} declares it`;
  const cargo = readFileSync(join(root, "Cargo.toml"), "utf8");
  if (new RegExp(`^"?${n.feature}"?\\s*=`, "m").test(cargo)) return `Cargo.toml has a feature or a dependency named ${n.feature} already`;
  const taken = [`widgets/${tag}`, `src/${n.module}`, `src/${n.module}.rs`, ...created(n)].filter((p) => existsSync(join(root, p)));
  if (taken.length) return `${tag} exists already: ${taken.join(", ")}`;
  return null;
}
