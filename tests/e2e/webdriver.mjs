// A small W3C WebDriver client (Node's built-in fetch, no dependency) for the WebKit
// tier: Debian's WebKitWebDriver (webkit2gtk-driver) drives MiniBrowser (from
// libwebkit2gtk-4.1) on a private, headless X server (Xvfb). GTK's MiniBrowser has
// no headless mode, so Xvfb stands in for a screen; nothing is shown anywhere.
//
//   const wk = await launchWebKit();           // Xvfb + WebKitWebDriver + a session
//   await wk.navigate(url);
//   await wk.execute("return document.title");
//   await wk.keys(KEY.Tab);                    // also click(el), pointerMove(el), sendKeys(el, text)
//   await wk.close();                          // ends the session and both processes

import { spawn } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { createServer } from "node:net";
import { delimiter, join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

/** WebDriver's codes for the keys the tests press (W3C WebDriver, "Keyboard actions"). */
export const KEY = {
  Tab: "\uE004",
  Enter: "\uE007",
  Escape: "\uE00C",
  Space: "\uE00D",
  PageUp: "\uE00E",
  PageDown: "\uE00F",
  End: "\uE010",
  Home: "\uE011",
  ArrowLeft: "\uE012",
  ArrowUp: "\uE013",
  ArrowRight: "\uE014",
  ArrowDown: "\uE015",
};

// The key W3C uses in JSON for a web element reference.
const ELEMENT = "element-6066-11e4-a52e-4f735466cecf";

/** An executable on PATH (or null). */
export function which(name) {
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    const p = join(dir, name);
    if (dir && existsSync(p)) return p;
  }
  return null;
}

/** Debian's WebKitWebDriver (webkit2gtk-driver) on PATH, or WEBKIT_WEBDRIVER; null when it is not there. */
export function findDriver() {
  const p = process.env.WEBKIT_WEBDRIVER || which("WebKitWebDriver");
  return p && existsSync(p) ? p : null;
}

/** MiniBrowser from libwebkit2gtk-4.1 (or 4.0), under /usr/lib/<triplet>/, or WEBKIT_MINIBROWSER. */
export function findMiniBrowser() {
  if (process.env.WEBKIT_MINIBROWSER) return existsSync(process.env.WEBKIT_MINIBROWSER) ? process.env.WEBKIT_MINIBROWSER : null;
  const roots = ["/usr/lib", "/usr/libexec", "/usr/lib64"];
  for (const api of ["webkit2gtk-4.1", "webkit2gtk-4.0"]) {
    for (const root of roots) {
      const direct = join(root, api, "MiniBrowser");
      if (existsSync(direct)) return direct;
      let subdirs = [];
      try {
        subdirs = readdirSync(root);
      } catch {
        continue;
      }
      for (const sub of subdirs) {
        const p = join(root, sub, api, "MiniBrowser");
        if (existsSync(p)) return p;
      }
    }
  }
  return null;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

// Starts Xvfb on a free display; resolves with the display (":N") once it accepts
// connections (-displayfd writes the number when the server is ready).
function startXvfb() {
  return new Promise((resolve, reject) => {
    const xvfb = which("Xvfb");
    if (!xvfb) return reject(new Error("Xvfb is not installed: apt-get install xvfb, as EXPLAINERS_WEBKIT=1 scripts/setup.sh does"));
    const proc = spawn(xvfb, ["-displayfd", "3", "-screen", "0", "1280x1024x24", "-nolisten", "tcp"], {
      stdio: ["ignore", "ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    proc.stderr.on("data", (d) => (err += d));
    proc.stdio[3].on("data", (d) => {
      out += d;
      if (out.includes("\n")) resolve({ proc, display: `:${out.trim()}` });
    });
    proc.on("error", reject);
    proc.on("exit", (code) => reject(new Error(`Xvfb exited (${code}) before it was ready: ${err.trim().slice(-500)}`)));
  });
}

async function stop(proc) {
  if (!proc || proc.exitCode !== null || proc.signalCode !== null) return;
  const gone = new Promise((r) => proc.once("exit", r));
  proc.kill("SIGTERM");
  const t = setTimeout(() => proc.kill("SIGKILL"), 3000);
  await gone;
  clearTimeout(t);
}

/** An error WebDriver answered with (its `error` code is on `.code`). */
export class WebDriverError extends Error {
  constructor(command, value) {
    super(`${command}: ${value.error}: ${value.message}`);
    this.code = value.error;
  }
}

/** One WebDriver session. */
export class Session {
  constructor(base, id) {
    this.base = base;
    this.id = id;
  }

  async cmd(method, path, body) {
    const url = `${this.base}/session/${this.id}${path}`;
    const res = await fetch(url, {
      method,
      headers: body === undefined ? {} : { "content-type": "application/json; charset=utf-8" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await res.json().catch(() => ({ value: { error: `HTTP ${res.status}`, message: "not JSON" } }));
    if (!res.ok || (json.value && json.value.error)) throw new WebDriverError(`${method} ${path}`, json.value);
    return json.value;
  }

  navigate(url) {
    return this.cmd("POST", "/url", { url });
  }

  /** Runs `script` (a function body; `arguments` are `args`) in the page; returns its value. */
  execute(script, ...args) {
    return this.cmd("POST", "/execute/sync", { script, args });
  }

  /** Runs `script`, which calls `arguments[arguments.length - 1](value)` when done. */
  executeAsync(script, ...args) {
    return this.cmd("POST", "/execute/async", { script, args });
  }

  /** Polls `script` (a function body) until it returns a truthy value, which it returns. */
  async waitFor(script, { args = [], timeout = 10000, message = script } = {}) {
    const until = Date.now() + timeout;
    let last;
    for (;;) {
      last = await this.execute(script, ...args);
      if (last) return last;
      if (Date.now() > until) throw new Error(`timed out after ${timeout} ms waiting for: ${message} (last: ${JSON.stringify(last)})`);
      await sleep(40);
    }
  }

  /** The element `css` matches in the document (a reference for click/sendKeys). */
  async find(css) {
    return this.cmd("POST", "/element", { using: "css selector", value: css });
  }

  /** An element reference from a script's return value (e.g. one inside a shadow root). */
  async element(script, ...args) {
    const el = await this.execute(script, ...args);
    if (!el || !el[ELEMENT]) throw new Error(`no element from: ${script}`);
    return el;
  }

  /** WebDriver's Element Click: scrolls it into view and clicks its centre, as a mouse would. */
  click(el) {
    return this.cmd("POST", `/element/${el[ELEMENT]}/click`, {});
  }

  sendKeys(el, text) {
    return this.cmd("POST", `/element/${el[ELEMENT]}/value`, { text });
  }

  /** Presses (down, then up) each key in turn on whatever has focus, through the Actions API. */
  async keys(...keys) {
    const actions = [];
    for (const k of keys) actions.push({ type: "keyDown", value: k }, { type: "keyUp", value: k });
    await this.cmd("POST", "/actions", { actions: [{ type: "key", id: "keyboard", actions }] });
    await this.cmd("DELETE", "/actions");
  }

  /** Moves the mouse (over 100 ms, in steps) to the centre of element `to` plus (x, y), or to (x, y) of "viewport". */
  async pointerMove(to, { x = 0, y = 0 } = {}) {
    await this.cmd("POST", "/actions", {
      actions: [{ type: "pointer", id: "mouse", parameters: { pointerType: "mouse" }, actions: [{ type: "pointerMove", origin: to, x, y, duration: 100 }] }],
    });
  }

  setWindowRect(rect) {
    return this.cmd("POST", "/window/rect", rect);
  }

  async delete() {
    await fetch(`${this.base}/session/${this.id}`, { method: "DELETE" }).catch(() => {});
  }
}

/**
 * Starts Xvfb and WebKitWebDriver, then opens a session on MiniBrowser. Throws, saying
 * what is missing, when WebKitWebDriver, MiniBrowser or Xvfb is not installed.
 * Returns the session with `close()` (ends the session, the driver and Xvfb).
 */
export async function launchWebKit({ args = [] } = {}) {
  const driver = findDriver();
  if (!driver) {
    const where = process.env.WEBKIT_WEBDRIVER ? `at WEBKIT_WEBDRIVER=${process.env.WEBKIT_WEBDRIVER}` : "on PATH";
    throw new Error(`WebKitWebDriver is not installed (not found ${where}): apt-get install webkit2gtk-driver, as EXPLAINERS_WEBKIT=1 scripts/setup.sh does`);
  }
  const binary = findMiniBrowser();
  if (!binary) throw new Error("MiniBrowser (libwebkit2gtk-4.1-0, a dependency of webkit2gtk-driver) was not found under /usr/lib/*/webkit2gtk-4.1/; set WEBKIT_MINIBROWSER to its path");

  const xvfb = await startXvfb();
  let wd;
  // If this process ends without close() (a crash, an uncaught error), take the driver
  // and the X server along; the browser exits with its display.
  const orphans = () => {
    for (const p of [wd, xvfb.proc]) if (p && p.exitCode === null && p.signalCode === null) p.kill("SIGKILL");
  };
  process.once("exit", orphans);
  try {
    const port = await freePort();
    let log = "";
    wd = spawn(driver, [`--port=${port}`], { env: { ...process.env, DISPLAY: xvfb.display }, stdio: ["ignore", "pipe", "pipe"] });
    let spawnError = null;
    wd.on("error", (e) => (spawnError = e));
    wd.stdout.on("data", (d) => (log += d));
    wd.stderr.on("data", (d) => (log += d));
    const base = `http://127.0.0.1:${port}`;
    const until = Date.now() + 10000;
    for (;;) {
      if (spawnError) throw new Error(`could not start ${driver}: ${spawnError.message}`);
      if (wd.exitCode !== null) throw new Error(`WebKitWebDriver exited (${wd.exitCode}): ${log.trim().slice(-500)}`);
      const ok = await fetch(`${base}/status`).then((r) => r.ok, () => false);
      if (ok) break;
      if (Date.now() > until) throw new Error(`WebKitWebDriver did not answer on ${base}: ${log.trim().slice(-500)}`);
      await sleep(50);
    }
    const res = await fetch(`${base}/session`, {
      method: "POST",
      headers: { "content-type": "application/json; charset=utf-8" },
      body: JSON.stringify({
        capabilities: {
          alwaysMatch: {
            "webkitgtk:browserOptions": { binary, args: ["--automation", ...args] },
            timeouts: { script: 15000, pageLoad: 30000, implicit: 0 },
          },
        },
      }),
    });
    const json = await res.json();
    if (!res.ok || json.value?.error) throw new WebDriverError("new session", json.value);
    const session = new Session(base, json.value.sessionId);
    session.capabilities = json.value.capabilities;
    session.close = async () => {
      await session.delete();
      await stop(wd);
      await stop(xvfb.proc);
      process.off("exit", orphans);
    };
    return session;
  } catch (err) {
    await stop(wd);
    await stop(xvfb.proc);
    process.off("exit", orphans);
    throw err;
  }
}
