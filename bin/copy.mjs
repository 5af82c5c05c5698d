// npx east-asia-explainers copy public/explainers [--page] [--force]
//
// Puts the files the loader fetches (its wasm variants, their glue with the CSS, the
// data files: everything the manifest in dist/ names) and the loader itself into an app's
// public folder, for an app that bundles the loader (`import { configure } from
// "east-asia-explainers"`) and tells it where that folder is served:
// `configure({ base: "/explainers/" })`. `--page` copies the whole of dist/, the
// teaching page and its iframe embed (index.html, page.js, resizer.js, …) included.
//
// Safe to run again (after every install or upgrade): a file already there with the
// same bytes is left alone. It refuses to write into a folder that is not empty and
// holds no copy of this package, unless given --force. Returns the exit code: 0 done,
// 1 refused or failed, 2 bad usage.

import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, copyFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const USAGE = "usage: npx east-asia-explainers copy FOLDER [--page] [--force]   (e.g. copy public/explainers)";
const DIST = fileURLToPath(new URL("../dist/", import.meta.url));
const LOADER = "explainers.js";
// The loader's own mark (its registry key), by which a folder is known to hold a copy.
const MARK = "east-asia-explainers";
// A content-hashed file name, as scripts/bundle.mjs writes them (scripts/hashed.mjs).
const HASHED = /\.[0-9a-f]{10}\.(wasm|js|css|json)$/;

const fail = (message, code = 1) => {
  console.error(`east-asia-explainers copy: ${message}`);
  return code;
};

// Every file under `dir` (hidden ones left out), as paths relative to `root` with `/`.
function filesUnder(dir, root = dir) {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => !d.name.startsWith("."))
    .flatMap((d) => (d.isDirectory() ? filesUnder(join(dir, d.name), root) : [relative(root, join(dir, d.name)).split(sep).join("/")]));
}

// The first of `path` and its parents that exists and is not a folder, if any.
function fileInTheWay(path) {
  for (let p = path; p !== dirname(p); p = dirname(p)) {
    if (existsSync(p)) return statSync(p).isDirectory() ? null : p;
  }
  return null;
}

// What the loader fetches, by the manifest: every file name in it (the variants' glue,
// wasm and CSS, the glossary index, any table of its own), and each data kind's files,
// one per language and id (`data/FOLDER/LANG/ID.HASH.json`) with each language's
// integrity table (`data/FOLDER/LANG.integrity.HASH.json`, and its shards
// `data/FOLDER/LANG.integrity.K.HASH.json` when the manifest's table has `shard`) (the
// layout the loader asks for).
function manifestFiles(manifest) {
  const names = new Set();
  const walk = (v) => {
    if (typeof v === "string") {
      if (/^[\w./-]+\.(js|wasm|css|json)$/.test(v) && !v.startsWith("/") && !v.includes("..")) names.add(v);
    } else if (v && typeof v === "object") for (const x of Object.values(v)) walk(x);
  };
  walk({ ...manifest, css: null, elements: null });
  for (const { folder, table } of Object.values(manifest.kinds ?? {})) {
    const { hash, ids = [], shard } = manifest[table] ?? {};
    for (const lang of manifest.langs ?? []) {
      // Each language's integrity table, against which the loader checks these files,
      // and its shards when it has them.
      names.add(`data/${folder}/${lang}.integrity.${hash}.json`);
      for (let k = 0; shard && k * shard < ids.length; k++) names.add(`data/${folder}/${lang}.integrity.${k}.${hash}.json`);
      for (const id of ids) names.add(`data/${folder}/${lang}/${id}.${hash}.json`);
    }
  }
  return names;
}

// The URL the folder is likely served at: what follows an app's `public/` or `static/`
// folder (Vite, webpack's dev server, Next.js, Astro, SvelteKit), else its own name.
function servedAt(dest) {
  const parts = relative(process.cwd(), dest).split(sep).filter((p) => p && p !== "." && p !== "..");
  const at = Math.max(parts.lastIndexOf("public"), parts.lastIndexOf("static"));
  const rest = at >= 0 ? parts.slice(at + 1) : parts.slice(-1);
  return { url: `/${rest.map(encodeURIComponent).join("/")}${rest.length ? "/" : ""}`, guessed: at < 0 };
}

function size(bytes) {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${Math.round(bytes / 1024)} KB`;
}

const sameBytes = (a, b) => {
  try {
    const sa = statSync(a);
    const sb = statSync(b);
    return sa.isFile() && sa.size === sb.size && readFileSync(a).equals(readFileSync(b));
  } catch {
    return false;
  }
};

/** Runs `copy` with its arguments (after the command's name); returns the exit code. */
export function copy(args) {
  const flags = new Set(args.filter((a) => a.startsWith("-")));
  const folders = args.filter((a) => !a.startsWith("-"));
  const unknown = [...flags].filter((f) => f !== "--page" && f !== "--force");
  if (unknown.length) return fail(`unknown option ${unknown.join(", ")}\n${USAGE}`, 2);
  if (folders.length !== 1) return fail(`${folders.length ? "one folder, not several" : "which folder? name the app's public folder for the files"}\n${USAGE}`, 2);
  const dest = resolve(folders[0]);
  const shown = folders[0];

  let manifest;
  try {
    manifest = JSON.parse(readFileSync(join(DIST, "manifest.json"), "utf8"));
  } catch (err) {
    return fail(`the package's bundle is missing (${err.code ?? err.message}); in the source tree, run \`make build\` first.`);
  }
  const files = flags.has("--page") ? filesUnder(DIST) : [LOADER, ...manifestFiles(manifest)];
  const missing = files.filter((f) => !existsSync(join(DIST, f)));
  if (missing.length) return fail(`the package's dist/ lacks ${missing.length} file(s) its manifest names, e.g. ${missing[0]}; reinstall the package.`);

  // Where to write: a folder (made if missing), empty or holding a copy of this package.
  const inTheWay = fileInTheWay(dest);
  if (inTheWay) return fail(`${relative(process.cwd(), inTheWay) || inTheWay} is a file, not a folder: name the folder to copy the files into (e.g. public/explainers).`, 2);
  const there = existsSync(dest);
  if (there && readdirSync(dest).length && !flags.has("--force")) {
    const ours = (() => {
      try {
        return readFileSync(join(dest, LOADER), "utf8").includes(MARK);
      } catch {
        return false;
      }
    })();
    if (!ours) return fail(`${shown} is not empty and holds no copy of east-asia-explainers; name a folder of its own (e.g. public/explainers), or pass --force to copy into it anyway.`);
  }

  let copied = 0;
  let bytes = 0;
  let kept = 0;
  try {
    for (const f of files) {
      const from = join(DIST, f);
      const to = join(dest, f);
      if (sameBytes(from, to)) {
        kept++;
        continue;
      }
      mkdirSync(dirname(to), { recursive: true });
      copyFileSync(from, to);
      copied++;
      bytes += statSync(from).size;
    }
  } catch (err) {
    return fail(`could not copy into ${shown}: ${err.message}`);
  }

  // Hashed files of another version, left for pages still running it.
  const copiedSet = new Set(files);
  const older = filesUnder(dest).filter((f) => HASHED.test(f) && !copiedSet.has(f) && (f.startsWith("data/") || f.startsWith("explainers-"))).length;

  const { url, guessed } = servedAt(dest);
  const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
  const lines = [
    copied
      ? `east-asia-explainers ${manifest.version}: copied ${plural(copied, "file")} (${size(bytes)}) to ${shown}${kept ? `; ${kept} already there unchanged` : ""}.`
      : `east-asia-explainers ${manifest.version}: ${shown} is up to date (${plural(kept, "file")}, nothing to copy).`,
  ];
  if (older) lines.push(`${plural(older, "file")} of another version ${older === 1 ? "is" : "are"} still there: delete them once no published page uses that version.`);
  lines.push(
    "",
    `In the app, tell the bundled loader where the site serves that folder${guessed ? " (this URL is a guess: use the real one)" : ""}, once, before the widgets render:`,
    "",
    `  import { configure } from "east-asia-explainers";`,
    `  configure({ base: "${url}" });`,
    "",
    `(Or, without bundling it, load it with <script type="module" src="${url}${LOADER}"></script>.)`,
  );
  console.log(lines.join("\n"));
  return 0;
}
