// The end-to-end tests wait on events and states, not for fixed times (issue 23): a
// test that sleeps passes on a fast machine whether or not what it waits for happened,
// and fails on a slow one when it did. Their waits are in tests/e2e/wait.mjs; its
// `quiet(page, ms)` is the one bounded window, for a check that something does NOT
// happen. This fails on a fixed sleep anywhere else in tests/e2e/.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";

const DIR = "tests/e2e";
// Playwright's sleep, and a promise that a timer resolves after a fixed, nonzero delay
// (its resolve function handed to setTimeout with a number). A timer that guards a wait
// (a deadline), or a poll's interval inside a wait on a state, is neither.
const SLEEPS = [/\.waitForTimeout\(/, /setTimeout\(\s*\w+\s*,\s*[1-9]/];

test("no fixed sleeps in the end-to-end tests outside wait.mjs's quiet window", async () => {
  const found = [];
  for (const name of (await readdir(DIR)).filter((n) => n.endsWith(".mjs") && n !== "wait.mjs")) {
    const lines = (await readFile(join(DIR, name), "utf8")).split("\n");
    lines.forEach((line, i) => SLEEPS.some((re) => re.test(line)) && found.push(`${name}:${i + 1}: ${line.trim()}`));
  }
  assert.deepEqual(found, [], "wait for an event or a state (tests/e2e/wait.mjs), or use quiet(page, ms) for a check that nothing happens");
});

// The browser tier (tests/*.rs, tests/common/) the same way: it waits with `until` (a
// state, checked after every task) or `settle`/`frame`, never for a fixed time.
const RUST_SLEEPS = [/\bsleep\(/, /set_timeout_with_callback_and_timeout_and_arguments_0\([^)]*,\s*[1-9]/];

test("no fixed sleeps in the browser tests", async () => {
  const found = [];
  for (const dir of ["tests", "tests/common"]) {
    for (const name of (await readdir(dir)).filter((n) => n.endsWith(".rs"))) {
      const lines = (await readFile(join(dir, name), "utf8")).split("\n");
      lines.forEach((line, i) => RUST_SLEEPS.some((re) => re.test(line)) && found.push(`${dir}/${name}:${i + 1}: ${line.trim()}`));
    }
  }
  assert.deepEqual(found, [], "wait with until(what, || state) or settle() (tests/common/mod.rs)");
});
