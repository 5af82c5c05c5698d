// The checklist for adding a widget: its steps in order, each with what the scaffold
// created, edited and generated for it (from files.mjs, tests.mjs and wire.mjs, which
// name their step) and what is left to the human. The scaffold prints it for the new
// widget; ARCHITECTURE.md's "Adding a widget" is the same list with placeholders
// (`node scripts/new-widget.mjs --architecture` writes it; `make test-scaffold` checks it).

import { FILES } from "./files.mjs";
import { TEST_FILES } from "./tests.mjs";
import { EDITS } from "./wire.mjs";

/** The generated files the scaffold brings up to date: the compiler's command and its file. */
export const GENERATORS = [
  { bin: "elements-types", file: "types/index.d.ts", what: "the elements' declarations" },
  { bin: "elements-manifest", file: "custom-elements.json", what: "the Custom Elements Manifest" },
  { bin: "elements-vscode", file: "vscode.html-custom-data.json", what: "VS Code's HTML data" },
  { bin: "elements-doc", file: "docs/api.md", what: "its reference tables" },
  { bin: "wordpress-plugin", file: "wordpress/east-asia-explainers.php", what: "the plugin's element table" },
];

/** The steps: a title and what is left to the human, as functions of the names. */
const STEPS = [
  {
    id: "identity",
    title: "Its public identity",
    you: () =>
      "its real attributes, properties, events and parts, each with a one-line summary (the summaries are the docs). The build rejects an attribute name HTML treats as boolean or enumerated; `inline = true` marks an element that stands inside a paragraph's text, `fetches = true` an attribute naming a URL the widget fetches (the WordPress plugin keeps it for trusted authors).",
  },
  {
    id: "words",
    title: "Its words and its editors' guide",
    you: (n) =>
      `its own words in both languages (the rule: \`widgets/page/README.md\`), read in its views as \`crate::ui_text::${n.module}::*\`; a key nothing reads fails \`cargo test\`.`,
  },
  {
    id: "content",
    title: "Its content, if it has any",
    you: (n) =>
      `its files in \`widgets/${n.tag}/\`, with a reader and a validator in \`compiler/src/\` (every problem named by file, entry and field), emitted as Rust statics (\`build.rs\`) or data files (\`emit-data\`, a kind in \`compiler/src/data.rs\`); each field table of its README marked \`<!-- schema: NAME -->\` and NAME listed in \`compiler/src/readme_fields.rs\` with its \`serde\` struct; every fact cited (\`docs/content-review.md\`).`,
  },
  {
    id: "code",
    title: "Its code",
    you: (n) =>
      `the real pure logic with native tests, and the view over it (its props are typed values, parsed by the pure code, never attribute text); the mount uses the generated names (\`crate::runtime::elements::${n.module}::{attr, event}\`). A view that takes long to build asks for its later parts in later steps: one built with DOM calls (\`src/runtime/build.rs\`), as the slider's and the map's, with \`hooks::in_step\` (\`src/hooks/later.rs\`); a \`view!\` puts them in \`<Deferred>\` (\`src/hooks/deferred.rs\`). Each step belongs to the instance that asked for it, and \`data-ready\` comes after that instance's last (\`src/hooks/complete.rs\`).`,
  },
  {
    id: "css",
    title: "Its CSS",
    you: () =>
      "its real styles: the file is named after the feature (`scripts/bundle.mjs` gives each variant its features' CSS), its classes are prefixed, and colours and sizes come from the theme's `--_*` properties (`src/runtime/base.css` and `mounted.css`) (a new `--explainer-*` property is declared in `widgets/glossary/widget.toml`).",
  },
  {
    id: "variants",
    title: "Its feature and its variants",
    you: () =>
      "whether another variant should carry it too (`widgets` carries the slider and the map), and the prose that counts the variants (`Cargo.toml`, `src/lib.rs`, the data flow in `ARCHITECTURE.md`).",
  },
  {
    id: "tests",
    title: "Tests in all three tiers",
    you: () =>
      "tests of the real behaviour in place of the scaffold's; the widget on the package's and the sites' pages (`tests/e2e/pages/package-host.html`, `tests/sites/`), in WebKit (`tests/e2e/webkit.test.mjs`), and its test hooks in `docs/testing.md`.",
  },
  {
    id: "contract",
    title: "The generated contract and the docs",
    you: () =>
      "the generators again after every change of `widget.toml` (`make lint` fails while a file is stale); the widget's behaviour, parts and custom properties in `docs/api.md` beside its generated tables (the contract test fails until the bundle agrees); a line in `CHANGELOG.md` under Unreleased (a new element is a minor change); the README's list of elements.",
  },
  {
    id: "budget",
    title: "Its size budget",
    you: () => "measure it (`make build`, then `node bench/budget.mjs`) and set its ceiling to the figure plus about 3 %.",
  },
  {
    id: "page",
    title: "The teaching page, if readers should find it there",
    you: () => "the lesson (`widgets/page/lesson.toml`, `js/page/`) and the embed mode (`js/page/embed.js`, `js/page/embed-code.js`).",
  },
];

/** The checklist for the widget named `n` (names.mjs), in Markdown. */
export function checklist(n) {
  const lines = [];
  STEPS.forEach((step, i) => {
    lines.push(`${i + 1}. **${step.title}.**`);
    for (const f of [...FILES, ...TEST_FILES].filter((f) => f.step === step.id)) lines.push(`   - created: \`${f.path(n)}\`: ${f.what}`);
    for (const e of EDITS.filter((e) => e.step === step.id)) lines.push(`   - edited: \`${e.file}\`: ${e.what}`);
    if (step.id === "contract") {
      for (const g of GENERATORS) lines.push(`   - generated: \`${g.file}\` (${g.what}; \`cargo run -q -p explainers-compiler --bin ${g.bin}\`)`);
    }
    lines.push(`   - left to you: ${step.you(n)}`);
  });
  return lines.join("\n") + "\n";
}
