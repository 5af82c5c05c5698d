// Waits for the end-to-end tests: each on the event or the state a test needs, never
// on a fixed time, except `quiet`, the one bounded window, for a check that something
// does NOT happen.

/**
 * A window in which nothing more may happen: for a check that something does not
 * happen (no second warning, no request, no layout shift), after the test has waited
 * for the positive state that comes before it. It lasts `ms`, and at least until the
 * page has painted twice (so what was queued for its next frames falls inside it).
 */
export async function quiet(page, ms) {
  await Promise.all([painted(page), page.waitForTimeout(ms)]);
}

/** Resolves after the page's next paint: two animation frames (the first runs before it). */
export function painted(page) {
  return page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/**
 * The next console warning whose text matches `pattern`. Call it before the action
 * that warns, and await it after.
 */
export function nextWarning(page, pattern) {
  return page.waitForEvent("console", { predicate: (m) => m.type() === "warning" && pattern.test(m.text()) });
}

/**
 * For a screenshot: resolves once the page's fonts are loaded, every finite animation
 * and transition in the shadow root of `selector` (an element with one) has finished,
 * and the result has been painted.
 */
export async function settled(page, selector) {
  await page.evaluate(async (s) => {
    await document.fonts.ready;
    // getAnimations() flushes pending style changes first, so a transition that a
    // focus or a class has just started is in the list.
    const running = document.querySelector(s).shadowRoot.getAnimations().filter((a) => a.effect?.getComputedTiming().endTime !== Infinity);
    await Promise.all(running.map((a) => a.finished.catch(() => {})));
  }, selector);
  await painted(page);
}

/**
 * Resolves once `check()` (async, e.g. comparing states in two frames of different
 * origins, which no one page function can read) is true, trying again after each of
 * the page's paints; fails after `timeout` ms naming `what`.
 */
export async function until(page, check, what, timeout = 10_000) {
  const end = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await painted(page);
  }
}

/**
 * Holds every request that `pattern` (a route glob) matches until `release()` is called:
 * for a test of what happens while a file is on its way. `asked` resolves once the first
 * such request has come.
 */
export async function hold(page, pattern) {
  let release, came;
  const released = new Promise((resolve) => (release = resolve));
  const asked = new Promise((resolve) => (came = resolve));
  await page.route(pattern, async (route) => {
    came();
    await released;
    await route.continue();
  });
  return { asked, release };
}
