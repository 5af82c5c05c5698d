// Keeps the npm package's version in step with the crate's (Cargo.toml is the one
// owner of the version): package.json, every pinned CDN URL in README.md,
// CONTRIBUTING.md, docs/*.md and docs/embedding/*.md (`east-asia-explainers@X.Y.Z`),
// the WordPress plugin's version (its `Version:` header and
// EAST_ASIA_EXPLAINERS_VERSION, which makes its default CDN URL), the CHANGELOG's
// section for it and, with --dist, the version of the bundle built in dist/ and the
// plugin's zip there.
//
//   node scripts/sync-version.mjs           check; exits 1 naming every difference
//   node scripts/sync-version.mjs --write   rewrite package.json, the URLs and the plugin
//   node scripts/sync-version.mjs --dist    check, and also that dist/ holds a built
//                                           bundle of this version and the plugin's zip
//                                           of the plugin file as it is (npm's prepack)

import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { FOLDER, PLUGIN, ZIP, unzipStored, writePluginZip } from "./wordpress-zip.mjs";
import { checkTags, packProblems, readRecord, record } from "./release-integrity.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = new Set(process.argv.slice(2));
const write = args.has("--write");
const needDist = args.has("--dist");
const release = args.has("--release");

/** The crate's version, from the [package] table of Cargo.toml. */
export function crateVersion() {
  const toml = readFileSync(join(root, "Cargo.toml"), "utf8");
  const pkg = /^\[package\]\s*\n([\s\S]*?)(?=^\[)/m.exec(toml);
  const m = pkg && /^version\s*=\s*"([^"]+)"/m.exec(pkg[1]);
  if (!m) throw new Error("Cargo.toml: no version in [package]");
  return m[1];
}

// The documents that may pin the package in a CDN URL: the README (which must), the
// contributors' guide and the documentation in docs/ and docs/embedding/.
export function pinnedDocs() {
  const docs = ["README.md", "CONTRIBUTING.md"].filter((f) => existsSync(join(root, f)));
  for (const folder of [["docs"], ["docs", "embedding"]]) {
    const dir = join(root, ...folder);
    if (existsSync(dir)) for (const f of readdirSync(dir).sort()) if (f.endsWith(".md")) docs.push(join(...folder, f));
  }
  return docs;
}

const PIN = /east-asia-explainers@(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)/g;

export function check({ fix = false, releasing = false } = {}) {
  const version = crateVersion();
  const problems = [];
  const loaderPath = join(root, "dist", "explainers.js");
  // The release step records the built loader as this version's first.
  if (releasing) {
    if (!existsSync(loaderPath) || readFileSync(loaderPath, "utf8").includes("/*@manifest*/")) throw new Error("dist/explainers.js is not built: run make build before --release");
    console.log(`sync-version: ${version}'s loader is ${record(root, version, readFileSync(loaderPath))}`);
  }
  const recorded = readRecord(root);
  const pkgPath = join(root, "package.json");
  const pkg = JSON.parse(readFileSync(pkgPath, "utf8"));
  if (pkg.version !== version) {
    if (fix) {
      pkg.version = version;
      writeFileSync(pkgPath, JSON.stringify(pkg, null, 2) + "\n");
    } else problems.push(`package.json: version "${pkg.version}", Cargo.toml says "${version}"`);
  }
  let pins = 0;
  let readmePins = 0;
  for (const rel of pinnedDocs()) {
    const path = join(root, rel);
    const text = readFileSync(path, "utf8");
    const lines = text.split("\n");
    lines.forEach((line, i) => {
      for (const m of line.matchAll(PIN)) {
        pins++;
        if (rel === "README.md") readmePins++;
        if (m[1] !== version && !fix) problems.push(`${rel}:${i + 1}: pins east-asia-explainers@${m[1]}, Cargo.toml says ${version}`);
      }
    });
    const pinned = fix ? text.replace(PIN, `east-asia-explainers@${version}`) : text;
    // Each pinned loader tag carries its version's recorded integrity.
    const tags = checkTags(pinned, rel, recorded);
    if (!fix) problems.push(...tags.problems);
    if (fix && tags.fixed !== text) writeFileSync(path, tags.fixed);
  }
  if (readmePins === 0) problems.push("README.md: no pinned CDN URL (east-asia-explainers@VERSION) found");
  // The WordPress plugin: its header (what WordPress shows and compares) and its
  // constant (its default loader URL).
  const pluginPath = join(root, PLUGIN);
  const plugin = readFileSync(pluginPath, "utf8");
  const PLUGIN_VERSIONS = [
    [/^( \* Version: +)(\S+)$/m, "its Version: header"],
    [/^(const EAST_ASIA_EXPLAINERS_VERSION = ')([^']+)(?=';$)/m, "EAST_ASIA_EXPLAINERS_VERSION"],
  ];
  let fixed = plugin;
  for (const [re, what] of PLUGIN_VERSIONS) {
    const m = re.exec(plugin);
    if (!m) problems.push(`${PLUGIN}: no ${what}`);
    else if (m[2] !== version && fix) fixed = fixed.replace(re, (_, head) => head + version);
    else if (m[2] !== version) problems.push(`${PLUGIN}: ${what} says ${m[2]}, Cargo.toml says ${version}`);
  }
  // Its pinned CDN URL carries the released loader's integrity, as the snippets do.
  const SRI = /^(const EAST_ASIA_EXPLAINERS_LOADER_INTEGRITY = ')([^']*)(?=';$)/m;
  const sri = SRI.exec(fixed);
  const want = recorded[version] ?? "";
  if (!sri) problems.push(`${PLUGIN}: no EAST_ASIA_EXPLAINERS_LOADER_INTEGRITY`);
  else if (sri[2] !== want && fix) fixed = fixed.replace(SRI, (_, head) => head + want);
  else if (sri[2] !== want) problems.push(`${PLUGIN}: EAST_ASIA_EXPLAINERS_LOADER_INTEGRITY is not the integrity recorded for ${version} (run \`node scripts/sync-version.mjs --write\`)`);
  if (fixed !== plugin) {
    writeFileSync(pluginPath, fixed);
    // The release step writes the integrity after the build: the built zip follows.
    if (releasing) writePluginZip(join(root, "dist"));
  }
  // A version is a release: the changelog has its section (move [Unreleased] there).
  const changelog = readFileSync(join(root, "CHANGELOG.md"), "utf8");
  if (!new RegExp(`^## \\[${version.replaceAll(".", "\\.")}\\]`, "m").test(changelog)) {
    problems.push(`CHANGELOG.md: no "## [${version}]" section`);
  }
  const manifestPath = join(root, "dist", "manifest.json");
  if (needDist && existsSync(manifestPath)) {
    const built = JSON.parse(readFileSync(manifestPath, "utf8")).version;
    if (built !== version) problems.push(`dist/manifest.json: built as ${built}, Cargo.toml says ${version} (run make build)`);
  } else if (needDist) {
    problems.push("dist/: no built bundle (dist/manifest.json is missing): run `make build` before packing");
  }
  if (needDist) {
    for (const f of ["explainers.js", "resizer.js"]) {
      if (!existsSync(join(root, "dist", f))) problems.push(`dist/${f}: missing (run make build)`);
    }
    const zipPath = join(root, "dist", ZIP);
    if (!existsSync(zipPath)) problems.push(`dist/${ZIP}: missing (run make build)`);
    else {
      let entry;
      try {
        entry = unzipStored(readFileSync(zipPath)).get(`${FOLDER}east-asia-explainers.php`);
      } catch (err) {
        problems.push(`dist/${ZIP}: ${err.message} (run make build)`);
      }
      if (entry && !entry.equals(readFileSync(pluginPath))) problems.push(`dist/${ZIP}: holds another ${PLUGIN} than the one here (run make build)`);
      else if (entry === undefined && !problems.some((p) => p.startsWith(`dist/${ZIP}`))) problems.push(`dist/${ZIP}: no ${FOLDER}east-asia-explainers.php (run make build)`);
    }
    if (existsSync(loaderPath) && readFileSync(loaderPath, "utf8").includes("/*@manifest*/")) {
      problems.push("dist/explainers.js: the loader's source, not the bundle (run make build)");
    } else if (existsSync(loaderPath)) {
      // The loader packed is the one released as this version (the pinned snippets'
      // integrity), unless a test packs an unreleased build and says so.
      const unreleased = packProblems(version, recorded, readFileSync(loaderPath));
      if (process.env.EXPLAINERS_PACK_UNRELEASED === "1") for (const p of unreleased) console.log(`sync-version: notice (EXPLAINERS_PACK_UNRELEASED): ${p}`);
      else problems.push(...unreleased);
    }
  }
  return { version, problems, pins };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { version, problems, pins } = check({ fix: write || release, releasing: release });
  if (problems.length) {
    console.error(`sync-version: the package is not in step with Cargo.toml (${version}):`);
    for (const p of problems) console.error(`  - ${p}`);
    console.error(write ? "" : "Run `node scripts/sync-version.mjs --write` to update package.json, the URLs and the plugin.");
    process.exit(1);
  }
  console.log(`sync-version: ${version} everywhere (package.json, ${pins} pinned URL${pins === 1 ? "" : "s"} in ${pinnedDocs().map((d) => relative(".", join(root, d))).length} documents, the WordPress plugin${needDist ? ", dist/manifest.json and the plugin's zip" : ""})`);
}
