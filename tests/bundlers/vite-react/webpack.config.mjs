// webpack 5, as a minimal project sets it up: the same entries (TypeScript and JSX
// through esbuild-loader), classic deferred scripts, and the same pages beside them.
import { resolve } from "node:path";
import { ENTRIES, writePages } from "./pages.mjs";

const out = resolve("out/webpack");

export default {
  mode: "production",
  entry: ENTRIES,
  output: { path: out, filename: "assets/[name].js", clean: true },
  resolve: { extensions: [".tsx", ".ts", ".js"] },
  module: {
    rules: [{ test: /\.tsx?$/, loader: "esbuild-loader", options: { jsx: "automatic", target: "es2022" } }],
  },
  plugins: [
    {
      apply: (compiler) =>
        compiler.hooks.afterEmit.tap("pages", () => writePages(out, (src) => `<script defer src="${src}"></script>`)),
    },
  ],
};
