// The view functions' length (issue 23): every function in src/ that returns
// `impl IntoView`, is marked `#[component]`, or builds elements with the DOM-building
// helpers (`BUILDERS`, src/runtime/build.rs: the slider's and the map's views) fits in
// MAX_LINES lines, counted from its `fn` line to its closing brace, so that a widget's
// structure can be read in one place.
// `make lint` runs it:
//
//   node scripts/view-length.mjs [dir]   (default: src; exits 1 naming each long one)

import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

/** The most lines a view function may have. */
export const MAX_LINES = 100;

/** A call to one of these (src/runtime/build.rs) makes a function a view function. */
export const BUILDERS = /\b(?:add|add_svg|add_child|insert)\s*\(/;

// Rust source with the text of comments, strings and character literals blanked (each
// character but a newline becomes a space), so that braces and words inside them are
// not read as code. Line numbers are kept.
export function blank(src) {
  let out = "";
  let i = 0;
  const keep = (s) => s.replace(/[^\n]/g, " ");
  while (i < src.length) {
    const rest = src.slice(i, i + 2);
    let end = i + 1;
    if (rest === "//") {
      end = src.indexOf("\n", i);
      if (end < 0) end = src.length;
    } else if (rest === "/*") {
      // Nested block comments, as Rust has them.
      let depth = 0;
      end = i;
      do {
        if (src.startsWith("/*", end)) (depth++, (end += 2));
        else if (src.startsWith("*/", end)) (depth--, (end += 2));
        else end++;
      } while (depth > 0 && end < src.length);
    } else if (/^(b?r#*")/.test(src.slice(i, i + 258)) && !/[A-Za-z0-9_]/.test(src[i - 1] ?? "")) {
      // A raw string: r"…", r#"…"#, br"…".
      const open = src.slice(i).match(/^b?r(#*)"/);
      const close = `"${open[1]}`;
      const at = src.indexOf(close, i + open[0].length);
      end = at < 0 ? src.length : at + close.length;
    } else if (src[i] === '"') {
      end = i + 1;
      while (end < src.length && src[end] !== '"') end += src[end] === "\\" ? 2 : 1;
      end++;
    } else if (src[i] === "'") {
      // A character literal ('x', '\n', '\u{1F600}'), not a lifetime ('a).
      const lit = src.slice(i).match(/^'(?:\\(?:u\{[0-9a-fA-F]+\}|x[0-9a-fA-F]{2}|.)|[^\\'\n])'/u);
      if (lit) end = i + lit[0].length;
    }
    const piece = src.slice(i, end);
    out += end - i > 1 || rest === "//" || src[i] === '"' ? keep(piece) : piece;
    i = end;
  }
  return out;
}

// The view functions of one file's Rust source: { name, line (of `fn`), lines }.
export function viewFunctions(src) {
  const code = blank(src);
  const lineAt = (index) => code.slice(0, index).split("\n").length;
  const found = [];
  const fnRe = /\bfn\s+([A-Za-z_][A-Za-z0-9_]*)/g;
  for (let m; (m = fnRe.exec(code)); ) {
    // The signature runs to the body's opening brace (or to `;`: no body).
    let depth = 0;
    let open = -1;
    for (let k = m.index; k < code.length; k++) {
      const c = code[k];
      if (c === "(" || c === "[" || c === "<") depth++;
      else if (c === ")" || c === "]" || (c === ">" && code[k - 1] !== "-")) depth--;
      else if (depth <= 0 && (c === "{" || c === ";")) {
        open = c === "{" ? k : -1;
        break;
      }
    }
    if (open < 0) continue;
    const signature = code.slice(m.index, open);
    // Its attributes and visibility: the code since the item before it ended.
    const start = Math.max(code.lastIndexOf("}", m.index), code.lastIndexOf(";", m.index), code.lastIndexOf("{", m.index));
    const component = /#\[component\]/.test(code.slice(start + 1, m.index));
    let braces = 0;
    let close = -1;
    for (let k = open; k < code.length; k++) {
      if (code[k] === "{") braces++;
      else if (code[k] === "}" && --braces === 0) {
        close = k;
        break;
      }
    }
    if (close < 0) continue;
    const builds = BUILDERS.test(code.slice(open, close));
    if (!component && !builds && !/->\s*impl\s+IntoView\b/.test(signature)) continue;
    const first = lineAt(m.index);
    found.push({ name: m[1], line: first, lines: lineAt(close) - first + 1 });
  }
  return found;
}

// Every .rs file under `dir`.
function rustFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return rustFiles(path);
    return e.name.endsWith(".rs") ? [path] : [];
  });
}

/** The view functions under `dir` longer than `max` lines: { file, name, line, lines }. */
export function tooLong(dir, max = MAX_LINES) {
  return rustFiles(dir).flatMap((file) =>
    viewFunctions(readFileSync(file, "utf8"))
      .filter((f) => f.lines > max)
      .map((f) => ({ file, ...f })),
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? "src";
  const long = tooLong(dir);
  for (const f of long) {
    console.error(`view-length: ${relative(".", f.file)}:${f.line}: ${f.name} is ${f.lines} lines, over ${MAX_LINES}; split it into child components and hooks`);
  }
  if (long.length) process.exit(1);
  const count = rustFiles(dir).reduce((n, file) => n + viewFunctions(readFileSync(file, "utf8")).length, 0);
  console.log(`view-length: ok: ${count} view functions, none over ${MAX_LINES} lines`);
}
