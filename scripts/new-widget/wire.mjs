// Every edit the scaffold makes to a file the widgets share: the wiring of a new widget
// (its Cargo feature and variants, its module and registry entry, its CSS for the
// browser tests, its budget line and its rows in the
// shared end-to-end tests). Each edit is anchored on a stable marker in its file (a
// declaration's name, a table's header, a closing tag) and fails, naming the file and the
// marker, when the marker is not there: when a shared file changes shape, adapt its edit
// here (one function each) and `make test-scaffold` says whether the scaffold works again.

/** An edit that cannot find its marker. */
export class MissingAnchor extends Error {}

function missing(file, marker) {
  return new MissingAnchor(`${file}: cannot find ${marker}. The file has changed shape: adapt its edit in scripts/new-widget/wire.mjs.`);
}

/** Where `pattern` (a string or a RegExp) first matches `text` at or after `from`: [start, end], or throws naming `marker`. */
function find(file, text, pattern, marker, from = 0) {
  const rest = text.slice(from);
  const m = typeof pattern === "string" ? (rest.includes(pattern) ? { index: rest.indexOf(pattern), 0: pattern } : null) : pattern.exec(rest);
  if (!m) throw missing(file, marker);
  return [from + m.index, from + m.index + m[0].length];
}

const splice = (text, at, insert) => text.slice(0, at) + insert + text.slice(at);

/** `text` with the quoted list between `[start, end)` given `item` (sorted when asked). */
function addToList(text, [start, end], item, { sort = false } = {}) {
  const items = [...text.slice(start, end).matchAll(/"([^"]*)"/g)].map((m) => m[1]);
  items.push(item);
  if (sort) items.sort();
  return text.slice(0, start) + items.map((i) => `"${i}"`).join(", ") + text.slice(end);
}

/** The span of the first group of `re` (which must have one) in `text`, or throws. */
function group(file, text, re, marker, from = 0) {
  const m = new RegExp(re.source, `${re.flags}d`).exec(text.slice(from));
  if (!m) throw missing(file, marker);
  return m.indices[1].map((i) => from + i);
}

/** Inserts `insert` on the line before the `close` (a newline, then the closing text) that ends the block opened by `open`. */
function beforeClose(file, text, open, close, insert) {
  const [, body] = find(file, text, open, `\`${open.trim()}\``);
  const [end] = find(file, text, close, `the \`${close.trim()}\` that ends \`${open.trim()}\``, body);
  return splice(text, end + 1, insert);
}

/**
 * The edits, in the checklist's steps (checklist.mjs). Each takes a file's text and the
 * widget's names (names.mjs) and returns the new text.
 */
export const EDITS = [
  {
    step: "variants",
    file: "Cargo.toml",
    what: "its feature (in `default`), its variant `[[bin]]` (the widget and the scope: `scripts/variants.mjs` reads it for the bundle and `make lint`), and the full variant's `required-features`",
    apply(text, n) {
      // The feature, at the end of [features].
      const [, head] = find(this.file, text, /^\[features\]\n/m, "the `[features]` table");
      const [next] = find(this.file, text, /^\[/m, "the table after `[features]`", head);
      const body = text.slice(head, next).replace(/\n+$/, "\n");
      text = text.slice(0, head) + body + `# <${n.tag}>.\n${n.feature} = []\n\n` + text.slice(next);
      text = addToList(text, group(this.file, text, /^default = \[([^\]]*)\]/m, "`default = [...]` in `[features]`"), n.feature);
      // Its variant, before the full one, and the full variant's features.
      const full = /^\[\[bin\]\]\nname = "explainers-full"\n/m;
      const [at] = find(this.file, text, full, 'the `[[bin]]` named "explainers-full"');
      const features = [...n.variantFeatures].sort().map((f) => `"${f}"`).join(", ");
      text = splice(text, at, `[[bin]]\nname = "${n.bin}"\npath = "src/bin/${n.module}.rs"\nrequired-features = [${features}]\n\n`);
      const [fullAt] = find(this.file, text, full, 'the `[[bin]]` named "explainers-full"');
      return addToList(text, group(this.file, text, /^required-features = \[([^\]]*)\]/m, "the full variant's `required-features`", fullAt), n.feature);
    },
  },
  {
    step: "code",
    file: "src/lib.rs",
    what: "its module, behind its feature (in order, as rustfmt keeps them)",
    apply(text, n) {
      const mods = [...text.matchAll(/^(?:#\[cfg\([^\n]*\)\]\n)?pub mod (\w+);\n/gm)];
      if (!mods.length) throw missing(this.file, "the `pub mod …;` declarations");
      const next = mods.find((m) => m[1] > n.module);
      const at = next ? next.index : mods.at(-1).index + mods.at(-1)[0].length;
      return splice(text, at, `#[cfg(feature = "${n.feature}")]\npub mod ${n.module};\n`);
    },
  },
  {
    step: "code",
    file: "src/runtime/registry.rs",
    what: "its entry in `WIDGETS`, behind its feature",
    apply(text, n) {
      return beforeClose(this.file, text, "pub(crate) const WIDGETS: &[&Widget] = &[\n", "\n];", `    #[cfg(feature = "${n.feature}")]\n    &crate::${n.module}::WIDGET,\n`);
    },
  },
  {
    step: "css",
    file: "src/style.rs",
    what: "its CSS among the browser tests' (`CSS`)",
    apply(text, n) {
      return beforeClose(this.file, text, "pub const CSS: &str = concat!(\n", "\n);", `    include_str!("${n.module}/${n.tag}.css"),\n`);
    },
  },
  {
    step: "tests",
    file: "tests/e2e/drive.mjs",
    what: "its event in `EVENTS`, and a function that uses it as a reader would",
    apply(text, n) {
      text = addToList(text, group(this.file, text, /^const EVENTS = \[([^\]]*)\];/m, "`const EVENTS = [...]`"), n.event);
      return `${text.replace(/\n*$/, "\n")}
/** Presses the button of the <${n.tag}> \`selector\`; checks its count went up by one. Returns \`${n.event}\`'s detail. */
export async function ${n.drive}(page, selector) {
  await page.locator(selector).scrollIntoViewIfNeeded();
  await page.waitForSelector(\`\${selector}[data-ready]\`);
  const before = await page.evaluate((s) => Number(document.querySelector(s).getAttribute("count") ?? 0), selector);
  await page.click(\`\${selector} [data-testid=${n.tag}-raise]\`);
  await page.waitForFunction(([s, n]) => document.querySelector(s).getAttribute("count") === String(n), [selector, before + 1]);
  return lastEvent(page, "${n.event}", selector);
}
`;
    },
  },
  {
    step: "tests",
    file: "tests/e2e/pages/contract-host.html",
    what: "the element, on the contract's page",
    apply(text, n) {
      const [at] = find(this.file, text, /^ {2}<\/body>/m, "`  </body>`");
      return splice(text, at, `    <${n.tag} id="${n.tag}"></${n.tag}>\n`);
    },
  },
  {
    step: "tests",
    file: "tests/e2e/contract.test.mjs",
    what: "its tag among the documented ones, and its use (so that its event fires)",
    apply(text, n) {
      const [start, end] = group(this.file, text, /import \{([^}]*)\} from "\.\/drive\.mjs";/, "the import from ./drive.mjs");
      text = text.slice(0, start) + `${text.slice(start, end).trimEnd()}, ${n.drive} ` + text.slice(end);
      text = addToList(text, group(this.file, text, /assert\.deepEqual\(DOC\.tags, \[([^\]]*)\]\);/, "`assert.deepEqual(DOC.tags, [...])`"), n.tag, { sort: true });
      const [, at] = find(this.file, text, /^ *\/\/ Use every element, so that every event fires\.\n/m, "the comment `// Use every element, so that every event fires.`");
      return splice(text, at, `  await ${n.drive}(page, "#${n.tag}");\n`);
    },
  },
  {
    step: "tests",
    file: "tests/e2e/pages/a11y.html",
    what: "the element, on the accessibility gate's page",
    apply(text, n) {
      const [at] = find(this.file, text, /^ *<\/main>/m, "`</main>`");
      return splice(text, at, `      <${n.tag} id="${n.tag}"></${n.tag}>\n`);
    },
  },
  {
    step: "tests",
    file: "tests/e2e/a11y.test.mjs",
    what: "its theme set, and its mount awaited, before axe runs",
    apply(text, n) {
      const [start, end] = group(this.file, text, /querySelectorAll\("(glossary-term, [^"]*)"\)/, 'the `querySelectorAll("glossary-term, …")` that sets every widget\'s theme');
      text = text.slice(0, start) + `${text.slice(start, end)}, ${n.tag}` + text.slice(end);
      const [at] = find(this.file, text, /^ *assert\.deepEqual\(await axe\(page\), \[\], "closed state"\);/m, 'the `"closed state"` assertion');
      return splice(text, at, `      await page.locator("#${n.tag}").scrollIntoViewIfNeeded();\n      await page.waitForSelector("#${n.tag}[data-ready]");\n`);
    },
  },
  {
    step: "tests",
    file: "tests/e2e/bad-input.test.mjs",
    what: "its bad values in `CASES`",
    apply(text, n) {
      const rows = [`""`, `"-1"`, `"many"`, `"1000"`, "HUGE", "SCRIPTY"].map((v) => `  ["${n.tag}", "count", ${v}, 1],\n`);
      rows.push(`  ["${n.tag}", "lang", "zz", 1],\n`, `  ["${n.tag}", "theme", "neon", 1],\n`);
      return beforeClose(this.file, text, "const CASES = [\n", "\n];", rows.join(""));
    },
  },
  {
    step: "budget",
    file: "bench/scenarios.mjs",
    what: "a page with the element alone, and its scenario (a ceiling to measure)",
    apply(text, n) {
      text = beforeClose(this.file, text, "export const PAGES = {\n", "\n};", `  "${n.tag}.html": (b) => \`\${head(b)}<body><h1>記事</h1><${n.tag}></${n.tag}></body></html>\`,\n`);
      return beforeClose(
        this.file,
        text,
        "export const SCENARIOS = [\n",
        "\n];",
        `  {
    id: "${n.tag}",
    what: "<${n.tag}> alone: until it is mounted",
    page: "${n.tag}.html",
    until: mounted("${n.tag}"),
    // The scaffold's own widget: 68.6 KB brotli on 2026-12-05, plus about 3 %. Measure
    // yours (\`make build\`, then \`node bench/budget.mjs\`) and set its figure plus 3 %.
    ceiling: 71 * 1024,
  },
`,
      );
    },
  },
];
