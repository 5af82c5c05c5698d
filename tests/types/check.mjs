// `make test-types`: checks the TypeScript declarations in types/ with tsc, each against
// its example here (the DOM, React 19, Preact, Solid, Astro against astro-stub.d.ts), and
// the React example of docs/embedding/frameworks.md as written there. The examples
// import the package by its name ("east-asia-explainers/types/react"), which TypeScript
// resolves through package.json's "exports", as it will in a project that installed
// it; each is checked with "Bundler" and with "NodeNext" module resolution.

import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync, rmSync } from "node:fs";
import { join } from "node:path";

const dir = "tests/types";
const RESOLUTIONS = [
  ["ESNext", "Bundler"],
  ["NodeNext", "NodeNext"],
];
const tsc = (config) => {
  for (const [module, resolution] of RESOLUTIONS) {
    console.log(`tsc -p ${config} --module ${module} --moduleResolution ${resolution}`);
    execFileSync("tsc", ["-p", config, "--module", module, "--moduleResolution", resolution], { stdio: "inherit" });
  }
};
let failed = false;
for (const f of ["dom", "react", "preact", "solid", "astro"]) {
  try {
    tsc(join(dir, `tsconfig.${f}.json`));
  } catch {
    failed = true;
  }
}

const guide = "docs/embedding/frameworks.md";
const block = /```tsx\n([\s\S]*?)```/.exec(readFileSync(guide, "utf8"));
if (!block) {
  console.error(`${guide}: no tsx example`);
  failed = true;
} else {
  const file = join(dir, "_frameworks-guide.tsx");
  const config = join(dir, "_frameworks-guide.json");
  writeFileSync(file, block[1]);
  writeFileSync(config, JSON.stringify({ extends: "./tsconfig.base.json", compilerOptions: { jsx: "react-jsx", jsxImportSource: "react" }, files: ["_frameworks-guide.tsx"] }));
  try {
    tsc(config);
  } catch {
    console.error(`(the React example in ${guide})`);
    failed = true;
  } finally {
    rmSync(file);
    rmSync(config);
  }
}
process.exit(failed ? 1 : 0);
