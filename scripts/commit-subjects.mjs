// Commit subjects of 72 characters or fewer, detail in the body (issue 23). Checks every
// commit since the first one the rule applies to (SINCE); older history is left as it
// is. A shallow clone without SINCE is told so and passes: there is nothing to check.
// Run by `make lint`: node scripts/commit-subjects.mjs

import { execFileSync } from "node:child_process";

/** The first commit under the rule (the renames of issue 23). */
const SINCE = "00caa63";
const MAX = 72;

const git = (...args) => execFileSync("git", args, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });

let log;
try {
  git("cat-file", "-e", `${SINCE}^{commit}`);
  log = git("log", "--format=%h%x09%s", `${SINCE}^..HEAD`);
} catch {
  console.log(`commit-subjects: ${SINCE} is not in this clone (shallow?); nothing to check`);
  process.exit(0);
}
const long = log
  .split("\n")
  .filter(Boolean)
  .map((l) => l.split("\t"))
  .filter(([, s]) => [...s].length > MAX);
if (long.length) {
  console.error(`commit-subjects: ${long.length} subject(s) over ${MAX} characters (put the detail in the body):`);
  for (const [h, s] of long) console.error(`  ${h} (${[...s].length}): ${s}`);
  process.exit(1);
}
console.log(`commit-subjects: every subject since ${SINCE} is ${MAX} characters or fewer`);
