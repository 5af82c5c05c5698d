// esbuild, as a minimal project calls it: the same entries, bundled as ES modules,
// and the same pages beside them.
import { rmSync } from "node:fs";
import { build } from "esbuild";
import { ENTRIES, writePages } from "./pages.mjs";

const out = "out/esbuild";
rmSync(out, { recursive: true, force: true });
await build({
  entryPoints: ENTRIES,
  bundle: true,
  format: "esm",
  minify: true,
  jsx: "automatic",
  target: "es2022",
  outdir: `${out}/assets`,
  define: { "process.env.NODE_ENV": '"production"' },
  logLevel: "warning",
});
writePages(out, (src) => `<script type="module" src="${src}"></script>`);
