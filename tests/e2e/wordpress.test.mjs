// WordPress, for real (issue 24): Debian's WordPress (6.1) served by PHP's built-in
// server from a copy of /usr/share/wordpress with its own wp-config.php, on a MariaDB
// running on a temporary data directory (both started here, stopped by PID after), the
// plugin installed from dist/wordpress/east-asia-explainers.zip as the upload form does,
// its loader URL set (through the REST settings route) to the built dist/ served on
// another origin. Posts are saved through the block editor's REST route
// (/wp-json/wp/v2/posts, application passwords) by an administrator, an editor, an author
// and a contributor (whose post an editor publishes), then rendered in headless Chromium:
// - the widgets mount, and every attribute survives for every role, except
//   <glossary-scope src>, kept for the roles with unfiltered_html only (and for none
//   under DISALLOW_UNFILTERED_HTML);
// - automatic paragraphs (a classic post: no blocks) leave the block elements whole (no
//   <p> around them, no <br> in them) and the term inside its paragraph;
// - wptexturize's typographic apostrophe ("Japan’s National Security Council") is marked;
// - a post written in the Classic Editor (tests/wordpress/classic-editor.php switches the
//   block editor off, as the Classic Editor plugin does) keeps its elements through the
//   Visual tab (TinyMCE) and the switches between tabs;
// - a synced pattern carries the script and a widget to an author's post, plugin or not;
// - the guide's examples (docs/embedding/wordpress.md), verbatim, work;
// - the loader loads as a module script tag (6.1) and through wp_enqueue_script_module
//   (6.5+, a stub in mu-plugins: tests/wordpress/script-modules-stub.php), with the
//   configuration of the origins allowed for author files either way;
// - the settings page is an administrator's only and keeps a bad URL out.
//
// Off unless EXPLAINERS_WORDPRESS=1 (`make test` sets it, and scripts/setup.sh then
// installs Debian's wordpress, its default theme, php-cli, php-mysql and mariadb-server);
// with it set, missing packages fail the tests instead of skipping them. Run after
// `make build`: EXPLAINERS_WORDPRESS=1 node --test tests/e2e/wordpress.test.mjs

import { describe, test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { serve } from "../../scripts/serve.mjs";
import { crateVersion } from "../../scripts/sync-version.mjs";
import { readRecord } from "../../scripts/release-integrity.mjs";
import { launch, watch } from "./browser.mjs";

const flag = process.env.EXPLAINERS_WORDPRESS;
const skip =
  flag === undefined || flag === "" || flag === "0"
    ? "the WordPress tier is off: set EXPLAINERS_WORDPRESS=1 (make test does; scripts/setup.sh then installs Debian's wordpress, php-cli, php-mysql and mariadb-server)"
    : false;

const WORDPRESS = "/usr/share/wordpress";
const ZIP = "dist/wordpress/east-asia-explainers.zip";
const BLOCKS = ["deterrence-slider", "hotspot-map", "glossary-scope"];
const ROLES = ["administrator", "editor", "author", "contributor"];
// The roles with unfiltered_html on a single site: WordPress does not filter their posts.
const TRUSTED = new Set(["administrator", "editor"]);

// An author's glossary file (docs/embedding/own-terms.md), on the site's origin and on
// another one.
const AUTHOR_TERMS = {
  terms: [{ id: "kantei", ja: "官邸", reading: "かんてい", en: "Kantei", definition_en: "The office of Japan's Prime Minister.", definition_ja: "首相官邸。" }],
};
const OWN_DEFINITION = "The office of Japan's Prime Minister, as an author's own term.";

// A classic post (no blocks: wpautop runs), as a reader of the guide writes it.
const classicPost = () => `<glossary-scope lang="en" id="scope">
Japan's National Security Council met. Washington stresses <glossary-term id="manual" term="reassurance">reassurance</glossary-term> as well as deterrence.
</glossary-scope>

The <glossary-term id="own" term="kantei-office" definition="${OWN_DEFINITION}" reading="かんてい" source="https://japan.kantei.go.jp/" onclick="window.__clicked = 1">Kantei</glossary-term> decides.

<deterrence-slider id="slider" lang="en" value="40">
<p>An interactive model of deterrence and reassurance (needs JavaScript).</p>
</deterrence-slider>

<hotspot-map id="map" lang="en" hotspot="taiwan">
<p>A map of four East Asian hotspots (needs JavaScript).</p>
</hotspot-map>

<glossary-scope lang="en" id="authors" src="/author-terms.json">
The Kantei weighs deterrence.
</glossary-scope>

<iframe title="An embed" src="about:blank"></iframe>`;

// What the block editor saves: a paragraph block and a Custom HTML block (no wpautop).
const blockPost = () => `<!-- wp:paragraph -->
<p>Washington stresses <glossary-term id="manual" term="reassurance">reassurance</glossary-term> as well as deterrence.</p>
<!-- /wp:paragraph -->

<!-- wp:html -->
<hotspot-map id="map" lang="en" hotspot="korean-peninsula">
  <p>A map of four East Asian hotspots (needs JavaScript).</p>
</hotspot-map>
<!-- /wp:html -->`;

const t0 = performance.now();
let scratch, db, php, bundle, remote, browser, site, users, wpVersion, loaderUrl;
const posts = {};

// A free port on 127.0.0.1 for PHP's server.
async function freePort() {
  const server = createServer();
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address();
  await new Promise((ok) => server.close(ok));
  return port;
}

// A long-running process whose output is kept (the last lines, for errors) and read
// until `ready` matches a line.
function start(what, cmd, args) {
  const child = spawn(cmd, args, { stdio: ["ignore", "pipe", "pipe"] });
  const lines = [];
  const waiting = [];
  const read = (chunk) => {
    for (const line of String(chunk).split("\n").filter(Boolean)) {
      lines.push(line);
      if (lines.length > 40) lines.shift();
      for (const w of waiting) if (w.re.test(line)) w.ok();
    }
  };
  child.stdout.on("data", read);
  child.stderr.on("data", read);
  const ready = (re) =>
    new Promise((ok, fail) => {
      const timer = setTimeout(() => fail(new Error(`${what}: not ready after 60 s:\n${lines.join("\n")}`)), 60_000);
      waiting.push({ re, ok: () => (clearTimeout(timer), ok()) });
      child.once("exit", (code) => (clearTimeout(timer), fail(new Error(`${what} exited (${code}):\n${lines.join("\n")}`))));
      child.once("error", (err) => (clearTimeout(timer), fail(new Error(`${what}: ${err.message}`))));
    });
  return { child, ready, lines };
}

// Stops a started process by its PID: SIGTERM, then SIGKILL if it has not exited in 20 s.
async function stop(proc) {
  const child = proc?.child;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((ok) => child.once("exit", ok));
  process.kill(child.pid, "SIGTERM");
  const timer = setTimeout(() => child.exitCode === null && process.kill(child.pid, "SIGKILL"), 20_000);
  await exited;
  clearTimeout(timer);
}

function need(ok, what) {
  if (!ok) throw new Error(`${what} is missing: run \`EXPLAINERS_WORDPRESS=1 scripts/setup.sh\` (Debian's wordpress, wordpress-theme-twentytwentythree, php-cli, php-mysql, mariadb-server), or \`make test\`, which does`);
}

function which(cmd) {
  try {
    execFileSync("sh", ["-c", `command -v ${cmd}`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

const basic = (role) => "Basic " + Buffer.from(`${users[role].login}:${users[role].app}`).toString("base64");

// The REST API as `role` (an application password).
async function rest(role, method, path, body, headers = {}) {
  const res = await fetch(`${site}wp-json${path}`, {
    method,
    headers: { authorization: basic(role), "content-type": "application/json", ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, json: await res.json() };
}

// Saves a post as `role` through the block editor's route; a contributor's goes to review
// and an editor publishes it. Returns { id, link, raw }.
async function savePost(role, title, content, headers = {}) {
  const status = role === "contributor" ? "pending" : "publish";
  const saved = await rest(role, "POST", "/wp/v2/posts?context=edit", { title, content, status }, headers);
  assert.equal(saved.status, 201, `${role}: ${JSON.stringify(saved.json).slice(0, 300)}`);
  let post = saved.json;
  if (status === "pending") {
    const published = await rest("editor", "POST", `/wp/v2/posts/${post.id}?context=edit`, { status: "publish" });
    assert.equal(published.status, 200, JSON.stringify(published.json).slice(0, 300));
    post = published.json;
  }
  return { id: post.id, link: post.link, raw: post.content.raw };
}

async function setSetting(name, value) {
  const res = await rest("administrator", "POST", "/wp/v2/settings", { [name]: value });
  assert.equal(res.status, 200, JSON.stringify(res.json).slice(0, 300));
  return res.json[name];
}

describe("WordPress (Debian's, PHP's built-in server, MariaDB): the plugin for every role", { skip }, () => {
  before(async () => {
    need(existsSync(join(WORDPRESS, "wp-settings.php")), "WordPress (/usr/share/wordpress)");
    need(existsSync(join(WORDPRESS, "wp-content/themes/twentytwentythree")), "WordPress's default theme (twentytwentythree)");
    need(which("php"), "php (php-cli)");
    need(which("mariadbd") && which("mariadb-install-db"), "MariaDB (mariadb-server)");
    need(execFileSync("php", ["-r", 'echo extension_loaded("mysqli") ? 1 : 0;'], { encoding: "utf8" }) === "1", "PHP's mysqli (php-mysql)");
    assert.ok(existsSync(ZIP), `${ZIP} is missing: run make build`);

    scratch = mkdtempSync(join(tmpdir(), "wordpress-"));
    // MariaDB on a temporary data directory, on a socket only.
    const data = join(scratch, "db");
    const socket = join(scratch, "db.sock");
    const asRoot = process.getuid?.() === 0 ? ["--user=root"] : [];
    execFileSync("mariadb-install-db", ["--no-defaults", `--datadir=${data}`, "--auth-root-authentication-method=normal", "--skip-test-db", ...asRoot], { stdio: "ignore" });
    db = start("mariadbd", "mariadbd", ["--no-defaults", `--datadir=${data}`, `--socket=${socket}`, "--skip-networking", "--skip-log-bin", `--pid-file=${join(scratch, "db.pid")}`, ...asRoot]);
    const dbReady = db.ready(/ready for connections/);

    // The bundle on another origin, and an author's file on a third.
    bundle = await serve("dist");
    loaderUrl = `${bundle.url}explainers.js`;
    const remoteDir = join(scratch, "remote");
    mkdirSync(remoteDir);
    writeFileSync(join(remoteDir, "author-terms.json"), JSON.stringify(AUTHOR_TERMS));
    remote = await serve(remoteDir);

    // The site: a copy of Debian's WordPress with its own wp-config.php (Debian's reads
    // /etc/wordpress/config-HOST.php), the test's stub of 6.5's script modules, an
    // author's glossary file at its root.
    const root = join(scratch, "site");
    cpSync(WORDPRESS, root, { recursive: true });
    mkdirSync(join(root, "wp-content/mu-plugins"), { recursive: true });
    for (const f of ["script-modules-stub.php", "classic-editor.php"]) cpSync(join("tests/wordpress", f), join(root, "wp-content/mu-plugins", f));
    writeFileSync(join(root, "author-terms.json"), JSON.stringify(AUTHOR_TERMS));
    const port = await freePort();
    site = `http://127.0.0.1:${port}/`;
    const keys = ["AUTH_KEY", "SECURE_AUTH_KEY", "LOGGED_IN_KEY", "NONCE_KEY", "AUTH_SALT", "SECURE_AUTH_SALT", "LOGGED_IN_SALT", "NONCE_SALT"];
    const config = [
      "<?php",
      "// Written by tests/e2e/wordpress.test.mjs.",
      "define( 'DB_NAME', 'wordpress' );",
      "define( 'DB_USER', 'root' );",
      "define( 'DB_PASSWORD', '' );",
      `define( 'DB_HOST', 'localhost:${socket}' );`,
      "define( 'DB_CHARSET', 'utf8mb4' );",
      "define( 'DB_COLLATE', '' );",
      ...keys.map((k) => `define( '${k}', '${k.toLowerCase()}-${Math.random().toString(36).slice(2)}' );`),
      "$table_prefix = 'wp_';",
      `define( 'WP_HOME', '${site.slice(0, -1)}' );`,
      `define( 'WP_SITEURL', '${site.slice(0, -1)}' );`,
      // Application passwords over http, and nothing that reaches the network.
      "define( 'WP_ENVIRONMENT_TYPE', 'local' );",
      "define( 'FS_METHOD', 'direct' );",
      "define( 'DISABLE_WP_CRON', true );",
      "define( 'WP_HTTP_BLOCK_EXTERNAL', true );",
      "define( 'AUTOMATIC_UPDATER_DISABLED', true );",
      "define( 'WP_DEBUG', true );",
      "define( 'WP_DEBUG_DISPLAY', false );",
      // The guide's DISALLOW_UNFILTERED_HTML, for the requests that ask for it.
      "if ( isset( $_SERVER['HTTP_X_TEST_DISALLOW_UNFILTERED_HTML'] ) ) { define( 'DISALLOW_UNFILTERED_HTML', true ); }",
      `define( 'WP_DEBUG_LOG', '${join(scratch, "debug.log")}' );`,
      "if ( ! defined( 'ABSPATH' ) ) { define( 'ABSPATH', __DIR__ . '/' ); }",
      "require_once ABSPATH . 'wp-settings.php';",
    ];
    writeFileSync(join(root, "wp-config.php"), config.join("\n") + "\n");
    await dbReady;

    // Install WordPress and the plugin (from its zip), the users and their application
    // passwords (tests/wordpress/setup.php), then serve the site.
    const out = execFileSync("php", [resolve("tests/wordpress/setup.php"), root, socket, resolve(ZIP)], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    ({ users, version: wpVersion } = JSON.parse(out));
    // PHP's server runs index.php for a path with no file (the pretty permalinks, /wp-json/).
    php = start("php -S", "php", ["-S", `127.0.0.1:${port}`, "-t", root]);
    await php.ready(/Development Server .* started/);
    console.log(`# WordPress ${wpVersion}, PHP ${execFileSync("php", ["-r", "echo PHP_VERSION;"], { encoding: "utf8" })}, ${execFileSync("mariadbd", ["--version"], { encoding: "utf8" }).trim()}; set up in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

    assert.equal(await setSetting("east_asia_explainers_loader_url", loaderUrl), loaderUrl);
    browser = await launch();
    for (const role of ROLES) posts[role] = await savePost(role, `A classic post by the ${role}`, classicPost());
    posts.blocks = await savePost("author", "A block post by the author", blockPost());
  });

  after(async () => {
    await browser?.close();
    await stop(php);
    await stop(db);
    await bundle?.close();
    await remote?.close();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
    console.log(`# WordPress tier: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  });

  // The page's HTML as served, and the page in Chromium.
  async function open(url) {
    const res = await fetch(url);
    assert.equal(res.status, 200, `${url}: HTTP ${res.status}`);
    const html = await res.text();
    const page = await browser.newPage();
    const log = watch(page);
    await page.goto(url);
    return { html, page, log };
  }

  // Logs `role` in; returns a page in a browser context of its own.
  // The admin pages ask for files elsewhere (avatars, fonts) that this machine cannot
  // reach: refused at once, so a page's load never waits on a lookup that times out. The
  // login waits for the redirect to be committed (its cookies are set by then), not for
  // the dashboard's load: the first admin page, on PHP's single-threaded server with a
  // cold cache, took over 30 s on a loaded machine (a CI run failed there).
  async function login(role) {
    const context = await browser.newContext();
    await context.route((url) => url.hostname !== "127.0.0.1", (route) => route.abort());
    context.setDefaultNavigationTimeout(90_000);
    const page = await context.newPage();
    await page.goto(`${site}wp-login.php`);
    await page.fill("#user_login", users[role].login);
    await page.fill("#user_pass", users[role].password);
    await Promise.all([page.waitForURL(/wp-admin/, { waitUntil: "commit", timeout: 90_000 }), page.click("#wp-submit")]);
    return { context, page };
  }

  // The module script tags that load `src`.
  const loaderTags = (html, src) => [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]).filter((t) => t.includes(`src="${src}"`));

  // wpautop left the block elements whole: no <p> around one, no <br> inside one.
  function assertNoAutoParagraphs(html) {
    assert.doesNotMatch(html, new RegExp(`<p>\\s*<(${BLOCKS.join("|")})[\\s>]`), "a <p> opens before a block element");
    assert.doesNotMatch(html, new RegExp(`</(${BLOCKS.join("|")})>\\s*(<br />\\s*)?</p>`), "a </p> closes after a block element");
    for (const tag of BLOCKS) {
      for (const m of html.matchAll(new RegExp(`<${tag}[^>]*>([\\s\\S]*?)</${tag}>`, "g"))) assert.doesNotMatch(m[1], /<br/, `<br> inside <${tag}>`);
    }
  }

  // The classic post (`classicPost`) at `url`, saved by a user who had unfiltered_html
  // (`trusted`) or not: served with the 6.1 tag, wpautop's and wptexturize's work as
  // they should, every widget mounted with its attributes, the scopes' terms marked.
  async function checkClassicPage(url, { trusted, onclick = trusted }) {
    const { html, page, log } = await open(url);
    // Served: one module script tag in the head (WordPress 6.1: no script modules).
    const head = html.slice(0, html.indexOf("</head>"));
    assert.deepEqual(loaderTags(head, loaderUrl), [`<script type="module" src="${loaderUrl}" id="east-asia-explainers-js">`]);
    assert.equal(loaderTags(html, loaderUrl).length, 1);
    assertNoAutoParagraphs(html);
    // wptexturize turned the apostrophe typographic.
    assert.match(html, /Japan&#8217;s National Security Council met/);
    assert.equal(html.includes("<iframe"), trusted, "an iframe only where WordPress does not filter");

    for (const id of ["scope", "manual", "own", "slider", "map", "authors"]) await page.waitForSelector(`#${id}[data-ready]`);
    const dom = await page.evaluate((blocks) => {
      const names = ["id", "lang", "term", "definition", "reading", "source", "value", "hotspot", "src", "onclick"];
      const attributes = {};
      for (const el of document.querySelectorAll("#scope, #manual, #own, #slider, #map, #authors")) {
        attributes[el.id] = Object.fromEntries(names.filter((n) => el.hasAttribute(n)).map((n) => [n, el.getAttribute(n)]));
      }
      const manual = document.querySelector("#manual").parentElement;
      return {
        attributes,
        blockParents: [...document.querySelectorAll(blocks.join(","))].map((el) => el.parentElement.localName),
        manualParent: `${manual.localName} in ${manual.parentElement.id}`,
        ownParent: document.querySelector("#own").parentElement.localName,
      };
    }, BLOCKS);
    assert.deepEqual(dom.attributes, {
      scope: { id: "scope", lang: "en" },
      manual: { id: "manual", term: "reassurance" },
      own: { id: "own", term: "kantei-office", definition: OWN_DEFINITION, reading: "かんてい", source: "https://japan.kantei.go.jp/", ...(onclick ? { onclick: "window.__clicked = 1" } : {}) },
      slider: { id: "slider", lang: "en", value: "40" },
      map: { id: "map", lang: "en", hotspot: "taiwan" },
      authors: { id: "authors", lang: "en", ...(trusted ? { src: "/author-terms.json" } : {}) },
    });
    assert.ok(!dom.blockParents.includes("p"), `a block element in a <p>: ${dom.blockParents}`);
    assert.equal(dom.manualParent, "p in scope", "the term stays in its paragraph, inside the scope");
    assert.equal(dom.ownParent, "p");

    // The scope marks the phrase with the typographic apostrophe.
    await page.waitForSelector("#scope[data-terms-marked]");
    const nsc = page.locator("#scope glossary-term[term=national-security-council-japan]");
    assert.equal(await nsc.count(), 1);
    assert.equal(await nsc.textContent(), "Japan’s National Security Council");
    // The slider's fallback text is gone once it mounts; the map opens on its hotspot.
    assert.equal(await page.locator("#slider > p").isVisible(), false, "the slider's fallback text is still shown");
    assert.equal(await page.evaluate(() => document.querySelector("#map").selected), "taiwan");
    await page.locator("#map [data-testid=map-card][data-id=taiwan]").waitFor();
    // The author's own term: its definition, reading and source.
    await page.click("#own [data-testid=glossary-trigger]");
    await page.locator("#own [data-testid=glossary-popover]").waitFor({ state: "visible" });
    assert.equal(await page.locator("#own [data-testid=glossary-definition]").innerText(), OWN_DEFINITION);
    assert.equal(await page.locator("#own .gx-card rt").innerText(), "かんてい");
    assert.equal(await page.locator("#own [data-testid=glossary-source] a").getAttribute("href"), "https://japan.kantei.go.jp/");
    await page.keyboard.press("Escape");
    // The author file: its term marked where `src` was kept, the built-in ones either way.
    await page.waitForSelector("#authors[data-terms-marked]");
    assert.equal(await page.locator("#authors glossary-term[term=kantei][data-glossary-author]").count(), trusted ? 1 : 0);
    assert.equal(await page.locator("#authors glossary-term[term=deterrence]").count(), 1);
    assert.deepEqual(log.errors, []);
    assert.deepEqual(log.consoleErrors, []);
    assert.deepEqual(log.warnings, []);
    await page.close();
  }

  // Every element on the page at `url` mounts, with no page error.
  async function checkMounts(url, tags) {
    const { html, page, log } = await open(url);
    for (const tag of tags) {
      const n = await page.locator(tag).count();
      assert.ok(n > 0, `${url}: no <${tag}>`);
      for (let i = 0; i < n; i++) await page.locator(tag).nth(i).and(page.locator("[data-ready]")).waitFor({ state: "attached" });
    }
    assert.deepEqual(log.errors, []);
    assert.deepEqual(log.consoleErrors, []);
    return { html, page, log };
  }

  test("a contributor cannot publish; the REST route saves each role's post, filtered for those without unfiltered_html", async () => {
    const denied = await rest("contributor", "POST", "/wp/v2/posts", { title: "x", content: "x", status: "publish" });
    assert.equal(denied.status, 403);
    assert.equal(denied.json.code, "rest_cannot_publish");
    for (const role of ROLES) {
      const { raw } = posts[role];
      // Every attribute of the elements survives; `src`, the iframe and onclick only where
      // WordPress does not filter (administrator, editor).
      for (const kept of ['term="kantei-office"', `definition="${OWN_DEFINITION}"`, 'reading="かんてい"', 'source="https://japan.kantei.go.jp/"', 'value="40"', 'hotspot="taiwan"', 'id="scope"', 'lang="en"']) {
        assert.ok(raw.includes(kept), `${role}: ${kept} was lost:\n${raw}`);
      }
      assert.equal(raw.includes('src="/author-terms.json"'), TRUSTED.has(role), `${role}: src`);
      assert.equal(raw.includes("<iframe"), TRUSTED.has(role), `${role}: iframe`);
      assert.equal(raw.includes("onclick"), TRUSTED.has(role), `${role}: onclick (kses ran for the others)`);
    }
  });

  test("DISALLOW_UNFILTERED_HTML: an administrator's post is filtered too; the elements and attributes stay, src goes", async () => {
    const { raw } = await savePost("administrator", "Under DISALLOW_UNFILTERED_HTML", classicPost(), { "x-test-disallow-unfiltered-html": "1" });
    for (const kept of ['term="kantei-office"', `definition="${OWN_DEFINITION}"`, 'reading="かんてい"', 'source="https://japan.kantei.go.jp/"', 'value="40"', 'hotspot="taiwan"', '<glossary-scope lang="en" id="authors">']) {
      assert.ok(raw.includes(kept), `${kept} was lost:\n${raw}`);
    }
    for (const gone of ["src=", "<iframe", "onclick"]) assert.ok(!raw.includes(gone), `${gone} was kept:\n${raw}`);
  });

  for (const role of ROLES) {
    test(`the ${role}'s classic post: the widgets mount with their attributes, no <p> around the blocks, the typographic apostrophe is marked`, async () => {
      await checkClassicPage(posts[role].link, { trusted: TRUSTED.has(role) });
    });
  }

  test("the Classic Editor: an author's post written in the Text tab, through the Visual tab and back, published and rendered", async () => {
    const { context, page } = await login("author");
    await page.goto(`${site}wp-admin/post-new.php`);
    await page.fill("#title", "Written in the Classic Editor");
    await page.click("#content-html");
    await page.fill("#content", classicPost());
    // Visual (TinyMCE, after wpautop's JavaScript), Text (after removep), Visual again.
    await page.click("#content-tmce");
    const visual = () => page.evaluate(() => window.tinymce.get("content").getContent());
    for (const tag of [...BLOCKS, "glossary-term"]) assert.ok((await visual()).includes(`<${tag} `), `the Visual tab dropped <${tag}>:\n${await visual()}`);
    assert.doesNotMatch(await visual(), new RegExp(`<p>\\s*<(${BLOCKS.join("|")})[\\s>]`), "wpautop's JavaScript put a <p> around a block element");
    await page.click("#content-html");
    await page.click("#content-tmce");
    await Promise.all([page.waitForURL(/message=6/), page.click("#publish")]);
    const link = await page.locator("#sample-permalink a").getAttribute("href");
    await context.close();
    // TinyMCE keeps no on… attribute.
    await checkClassicPage(link, { trusted: false });
  });

  test("the block editor's post (paragraph and Custom HTML blocks): no automatic paragraphs, the map mounts on its hotspot", async () => {
    assert.match(posts.blocks.raw, /hotspot="korean-peninsula"/);
    const { html, page } = await checkMounts(posts.blocks.link, ["glossary-term", "hotspot-map"]);
    assert.match(html, /<hotspot-map id="map" lang="en" hotspot="korean-peninsula">\n {2}<p>A map/);
    assertNoAutoParagraphs(html);
    assert.equal(await page.evaluate(() => document.querySelector("#map").selected), "korean-peninsula");
    assert.equal(await page.evaluate(() => document.querySelector("#manual").parentElement.localName), "p");
    await page.close();
  });

  // The guide's code blocks, by what they hold.
  const guideBlocks = () => [...readFileSync("docs/embedding/wordpress.md", "utf8").matchAll(/^```html\n([\s\S]*?)^```$/gm)].map((m) => m[1]);

  test("the guide's example post, verbatim, saved by an author as a classic post: every widget mounts, the apostrophe phrase is marked", async () => {
    const example = guideBlocks().find((b) => b.includes("<glossary-scope") && !b.includes("<script"));
    assert.ok(example, "docs/embedding/wordpress.md: no example post");
    const post = await savePost("author", "The guide's example", example);
    const { html, page } = await checkMounts(post.link, ["glossary-term", ...BLOCKS]);
    assertNoAutoParagraphs(html);
    await page.waitForSelector("glossary-scope glossary-term[term=national-security-council-japan]");
    await page.close();
  });

  test("a synced pattern (the guide's) carries the script and the slider to an author's post, with the plugin off and on", async () => {
    const snippet = guideBlocks().find((b) => b.includes("<script"));
    assert.ok(snippet, "docs/embedding/wordpress.md: no synced pattern example");
    const pinned = `https://cdn.jsdelivr.net/npm/east-asia-explainers@${crateVersion()}/dist/explainers.js`;
    assert.ok(snippet.includes(pinned), `the pattern's script is not ${pinned}`);
    const pattern = await rest("administrator", "POST", "/wp/v2/blocks", {
      title: "Slider",
      status: "publish",
      // The local build in place of the released loader, so without the released one's integrity.
      content: `<!-- wp:html -->\n${snippet.replace(pinned, loaderUrl).replace(/ integrity="sha384-[^"]+" crossorigin="anonymous"/, "")}<!-- /wp:html -->`,
    });
    assert.equal(pattern.status, 201, JSON.stringify(pattern.json).slice(0, 300));
    const post = await savePost("author", "A post with a synced pattern", `<!-- wp:block {"ref":${pattern.json.id}} /-->`);
    assert.ok(!post.raw.includes("deterrence-slider"), "the post holds only the reference");
    const plugin = "/wp/v2/plugins/east-asia-explainers/east-asia-explainers";
    const off = await rest("administrator", "POST", plugin, { status: "inactive" });
    assert.equal(off.json.status, "inactive", JSON.stringify(off.json).slice(0, 300));
    try {
      const { html, page } = await checkMounts(post.link, ["deterrence-slider"]);
      assert.deepEqual(loaderTags(html, loaderUrl), [`<script type="module" src="${loaderUrl}">`], "the pattern's script only");
      await page.close();
    } finally {
      const on = await rest("administrator", "POST", plugin, { status: "active" });
      assert.equal(on.json.status, "active", JSON.stringify(on.json).slice(0, 300));
    }
    const { html, page } = await checkMounts(post.link, ["deterrence-slider"]);
    assert.equal(loaderTags(html, loaderUrl).length, 2, "the plugin's and the pattern's");
    await page.close();
  });

  test("WordPress 6.5+ (a stub of wp_enqueue_script_module): the loader is enqueued as a script module, once, and the widgets mount", async () => {
    const { html, page } = await checkMounts(`${posts.administrator.link}?script-modules-stub=1`, ["glossary-term", ...BLOCKS]);
    assert.deepEqual(loaderTags(html, loaderUrl), [`<script type="module" src="${loaderUrl}" id="east-asia-explainers-js-module">`]);
    assert.doesNotMatch(html, /id="east-asia-explainers-js"/, "the 6.1 tag as well");
    await page.waitForSelector("#authors glossary-term[term=kantei][data-glossary-author]");
    await page.close();
  });

  test("origins allowed for author files: normalised when saved, then the loader is configured with them (6.1 and 6.5+)", async () => {
    const remoteOrigin = remote.url.slice(0, -1);
    const post = await savePost("administrator", "An author file from another origin", `<glossary-scope lang="en" id="remote" src="${remote.url}author-terms.json">\nThe Kantei weighs deterrence.\n</glossary-scope>`);
    // Not allowed yet: only the built-in terms are marked (the loader says why).
    {
      const { html, page } = await open(post.link);
      assert.doesNotMatch(html, /east-asia-explainers-configuration/, "no configuration by default");
      await page.waitForSelector("#remote[data-terms-marked]");
      assert.equal(await page.locator("#remote glossary-term[term=kantei]").count(), 0);
      assert.equal(await page.locator("#remote glossary-term[term=deterrence]").count(), 1);
      await page.close();
    }
    const saved = await setSetting("east_asia_explainers_author_origins", `HTTPS://Glossary.Example.org:443/\n${remoteOrigin}, javascript:alert(1) https://a.example/path`);
    assert.equal(saved, `https://glossary.example.org\n${remoteOrigin}`);
    try {
      const expected = `<script type="module" id="east-asia-explainers-configuration">\nimport { configure } from ${JSON.stringify(loaderUrl)}; configure({ authorOrigins: ["https://glossary.example.org",${JSON.stringify(remoteOrigin)}] });\n</script>`;
      for (const url of [post.link, `${post.link}?script-modules-stub=1`]) {
        const { html, page, log } = await open(url);
        assert.ok(html.includes(expected), `${url}: no configuration script:\n${html.match(/<script[^>]*configuration[\s\S]*?<\/script>/)?.[0]}`);
        assert.ok(html.indexOf(expected) > html.lastIndexOf(`src="${loaderUrl}"`), "the configuration comes after the loader");
        await page.waitForSelector("#remote glossary-term[term=kantei][data-glossary-author]");
        assert.deepEqual(log.errors, []);
        await page.close();
      }
    } finally {
      await setSetting("east_asia_explainers_author_origins", "");
    }
  });

  test("the settings page: an administrator's, with the pinned CDN URL as the default; a bad URL is kept out", async () => {
    const settings = `${site}wp-admin/options-general.php?page=east-asia-explainers`;
    const admin = await login("administrator");
    await admin.page.goto(settings);
    const field = admin.page.getByLabel("Loader URL");
    assert.equal(await field.inputValue(), loaderUrl);
    assert.equal(await field.getAttribute("placeholder"), `https://cdn.jsdelivr.net/npm/east-asia-explainers@${crateVersion()}/dist/explainers.js`);
    assert.equal(await admin.page.getByLabel("Origins allowed for author glossary files").inputValue(), "");
    await field.fill("javascript:alert(1)");
    await Promise.all([admin.page.waitForURL(/settings-updated/), admin.page.click("#submit")]);
    await admin.page.getByText("The loader URL must be an http(s) URL").waitFor();
    assert.equal(await admin.page.getByLabel("Loader URL").inputValue(), loaderUrl, "the previous URL is kept");
    await admin.context.close();
    const editor = await login("editor");
    const res = await editor.page.goto(settings);
    assert.equal(res.status(), 403);
    await editor.context.close();
    // Through the REST API: a path on the site is taken, another scheme is not.
    try {
      assert.equal(await setSetting("east_asia_explainers_loader_url", " /explainers/explainers.js "), "/explainers/explainers.js");
      assert.equal(await setSetting("east_asia_explainers_loader_url", "ftp://example.org/explainers.js"), "/explainers/explainers.js");
      assert.equal(await setSetting("east_asia_explainers_loader_url", ""), "");
      // Empty: the pinned CDN URL of the plugin's version, with the released loader's
      // integrity, as a module tag (before 6.5) and as a script module (6.5+, the stub).
      const html = await (await fetch(posts.author.link)).text();
      const pinned = `https://cdn.jsdelivr.net/npm/east-asia-explainers@${crateVersion()}/dist/explainers.js`;
      const sri = readRecord(".")[crateVersion()];
      assert.ok(sri, `release/loader-integrity.json: no entry for ${crateVersion()}`);
      const checked = `integrity="${sri}" crossorigin="anonymous"`;
      assert.deepEqual(loaderTags(html, pinned), [`<script type="module" src="${pinned}" id="east-asia-explainers-js" ${checked}>`]);
      const modules = await (await fetch(`${posts.author.link}?script-modules-stub=1`)).text();
      assert.deepEqual(loaderTags(modules, pinned), [`<script type="module" src="${pinned}" id="east-asia-explainers-js-module" ${checked}>`]);
    } finally {
      assert.equal(await setSetting("east_asia_explainers_loader_url", loaderUrl), loaderUrl);
    }
  });

  test("deleting the plugin deletes its settings", async () => {
    assert.equal(await setSetting("east_asia_explainers_author_origins", "https://files.example"), "https://files.example");
    const plugin = "/wp/v2/plugins/east-asia-explainers/east-asia-explainers";
    // Activating registers the clean-up (as a site's first activation does).
    for (const status of ["inactive", "active", "inactive"]) {
      const res = await rest("administrator", "POST", plugin, { status });
      assert.equal(res.json.status, status, JSON.stringify(res.json).slice(0, 300));
    }
    const gone = await rest("administrator", "DELETE", plugin);
    assert.equal(gone.status, 200, JSON.stringify(gone.json).slice(0, 300));
    const site = join(scratch, "site");
    const left = execFileSync(
      "php",
      ["-r", `define('WP_USE_THEMES', false); $_SERVER['HTTP_HOST'] = 'localhost'; require '${site}/wp-load.php'; echo json_encode([get_option('east_asia_explainers_loader_url', null), get_option('east_asia_explainers_author_origins', null)]);`],
      { encoding: "utf8" },
    );
    assert.deepEqual(JSON.parse(left.slice(left.indexOf("["))), [null, null]);
  });

  test("the plugin logged no PHP notice, warning or error", () => {
    const path = join(scratch, "debug.log");
    const log = existsSync(path) ? readFileSync(path, "utf8") : "";
    assert.deepEqual(log.split("\n").filter((l) => /east-asia-explainers|script-modules-stub|classic-editor/.test(l)), []);
  });
});
