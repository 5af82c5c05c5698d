// The same entries and pages for webpack and esbuild as for Vite: each page's
// /src/NAME.tsx script becomes the bundle's /assets/NAME.js (loaded by `tag`), and
// public/ is copied beside the pages, as Vite does.
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export const ENTRIES = {
  documented: "./src/documented.tsx",
  configured: "./src/configured.tsx",
  unconfigured: "./src/unconfigured.tsx",
};

const PAGES = ["index.html", "configured.html", "unconfigured.html"];

/** Writes the pages into `out`, each loading its bundle with `tag(src)`. */
export function writePages(out, tag) {
  cpSync("public", out, { recursive: true });
  for (const page of PAGES) {
    const html = readFileSync(page, "utf8");
    const entry = /<script type="module" src="\/src\/(\w+)\.tsx"><\/script>/;
    if (!entry.test(html)) throw new Error(`${page}: no /src/NAME.tsx entry script`);
    writeFileSync(join(out, page), html.replace(entry, (_, name) => tag(`/assets/${name}.js`)));
  }
}
