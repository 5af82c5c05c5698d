// `make bench`: serves the release bundle on 127.0.0.1, drives headless Chromium and
// prints one table (and writes bench/results/latest.json, and the table in
// docs/performance.md, between its bench:start and bench:end markers):
// per delivery scenario (bench/scenarios.mjs) the brotli bytes fetched and the longest
// main-thread task at 4x CPU throttling; load to the first interactive term;
// interaction script times; scale (50 mixed widgets, 200 glossary terms); and the
// glossary scope on a 20,000-character article. Timings are printed, never asserted.

import { mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { serve } from "../scripts/serve.mjs";
import { launch } from "../tests/e2e/browser.mjs";
import { NO_BUNDLE, SCENARIOS, servePages as serveScenarios, runScenario } from "./scenarios.mjs";
import { lighthouse } from "./lighthouse.mjs";
import { slow4g } from "./slow4g.mjs";

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
// The page the table is written into, between these markers (checked before measuring).
const TABLE_DOC = "docs/performance.md";
const TABLE_BLOCK = /<!-- bench:start -->[\s\S]*<!-- bench:end -->/;
if (!TABLE_BLOCK.test(await readFile(TABLE_DOC, "utf8"))) throw new Error(`${TABLE_DOC}: no <!-- bench:start --> … <!-- bench:end --> block for the table`);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];
const ms = (x) => (x === undefined || x === null ? "n/a" : x.toFixed(2) + " ms");
const kb = (n) => (n / 1024).toFixed(1) + " KB";

const ARTICLE_SENTENCES = [
  "米中は安心供与と抑止の組み合わせを模索している。",
  "日米同盟は日本の安全保障の基盤であり、拡大核抑止が論じられてきた。",
  "南シナ海では航行の自由作戦やグレーゾーン作戦が緊張を高めることがある。",
  "東シナ海では2010年の漁船衝突事件の後、レアアースの輸出が事実上止まった。",
  "経済安全保障推進法は2022年に成立し、サプライチェーン強靱化を掲げた。",
  "六者協議は多国間の安全保障枠組みへ発展する可能性が語られた。",
  "戦略的互恵関係は2006年に打ち出され、2008年の日中共同声明で具体化された。",
  "信頼醸成措置やホットラインは誤算を防ぐ手段である。",
];

function article(chars) {
  let html = "";
  let n = 0;
  let i = 0;
  while (n < chars) {
    const s = ARTICLE_SENTENCES[i++ % ARTICLE_SENTENCES.length];
    html += i % 5 === 0 ? `<p>${s}</p>\n<p>` : s;
    n += s.length;
  }
  return { html: `<p>${html}</p>`, chars: n };
}

const PAGES = {
  "load.html": (b) => `<!doctype html><html lang="ja"><head><meta charset="utf-8"><script type="module" src="${b}explainers.js"></script></head>
<body><p>米中は<glossary-term term="reassurance">安心供与</glossary-term>を…</p></body></html>`,
  "empty.html": (b) => `<!doctype html><html lang="ja"><head><meta charset="utf-8"><script type="module" src="${b}explainers.js"></script></head><body></body></html>`,
};

// Each scenario: bytes (deterministic) and the longest main-thread task at 4x CPU
// throttling, median of RUNS cold loads.
async function scenarios() {
  const served = await serveScenarios();
  const browser = await launch();
  const out = [];
  try {
    for (const s of SCENARIOS) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(await runScenario(browser, served, s, { throttle: 4 }));
      out.push({ id: s.id, what: s.what, bytes: runs[0].total, target: s.target ?? null, longest_x4: median(runs.map((r) => r.longest)), render_x4: median(runs.map((r) => r.render)), over100_x4: median(runs.map((r) => r.over100)) });
    }
    const floor = [];
    for (let i = 0; i < RUNS; i++) floor.push(await runScenario(browser, served, NO_BUNDLE, { throttle: 4 }));
    out.noBundle = { what: NO_BUNDLE.what, longest_x4: median(floor.map((r) => r.longest)), render_x4: median(floor.map((r) => r.render)) };
    // First popover after focus: cold cache, loopback, no throttling.
    const firstPopover = [];
    for (let i = 0; i < RUNS; i++) {
      const ctx = await browser.newContext();
      const page = await ctx.newPage();
      await page.goto(served.host.url + "glossary.html");
      await page.waitForLoadState("networkidle");
      firstPopover.push(
        await page.evaluate(async () => {
          const term = document.querySelector("glossary-term");
          const t0 = performance.now();
          term.shadowRoot.querySelector("[data-testid=glossary-trigger]").focus();
          await new Promise((r) => { const tick = () => (term.shadowRoot.querySelector("[data-testid=glossary-popover][data-open=true]") ? r() : requestAnimationFrame(tick)); tick(); });
          return performance.now() - t0;
        }),
      );
      await ctx.close();
    }
    out.firstPopover = median(firstPopover);
  } finally {
    await browser.close();
    await served.close();
  }
  return out;
}

async function main() {
  const bundle = await serve("dist");
  const dir = await mkdtemp(join(tmpdir(), "bench-"));
  for (const [name, f] of Object.entries(PAGES)) await writeFile(join(dir, name), f(bundle.url));
  const host = await serve(dir);
  const browser = await launch();
  const results = { date: new Date().toISOString(), machine: `${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, ${process.platform}`, browser: browser.version() };
  try {
    // Load: navigation start to the first widget ready (data-ready), cold cache each time.
    for (const throttle of [1, 4]) {
      const times = [];
      for (let i = 0; i < RUNS; i++) {
        const ctx = await browser.newContext();
        const page = await ctx.newPage();
        const cdp = await ctx.newCDPSession(page);
        await cdp.send("Emulation.setCPUThrottlingRate", { rate: throttle });
        await page.goto(host.url + "load.html");
        await page.waitForSelector("glossary-term[data-ready]");
        times.push(await page.evaluate(() => performance.now()));
        await ctx.close();
      }
      results[`load_x${throttle}`] = median(times);
    }

    const page = await browser.newPage();
    await page.goto(host.url + "empty.html");
    await page.evaluate(async (u) => (await import(u + "explainers.js")).ready(), bundle.url);
    const has = await page.evaluate(() => ({ map: !!customElements.get("hotspot-map") }));

    // A yield that runs after Leptos's microtask-scheduled effects, without
    // setTimeout's clamping; its own cost is measured and subtracted.
    const interaction = async (setup, act) =>
      page.evaluate(
        async ({ setup, act }) => {
          const settle = () => new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = r; c.port2.postMessage(0); });
          document.body.innerHTML = setup;
          await new Promise((r) => setTimeout(r, 100));
          const el = document.body.firstElementChild;
          const step = new Function("el", "i", act);
          const base = [];
          for (let i = 0; i < 30; i++) { const t = performance.now(); await settle(); base.push(performance.now() - t); }
          base.sort((a, b) => a - b);
          const b = base[15];
          const times = [];
          for (let i = 0; i < 100; i++) { const t = performance.now(); step(el, i); await settle(); times.push(Math.max(0, performance.now() - t - b)); }
          return times;
        },
        { setup, act },
      );
    const slider = await interaction(
      '<deterrence-slider lang="en" value="50"></deterrence-slider>',
      'const r = el.shadowRoot.querySelector("[data-testid=slider-input]"); r.value = String(i % 101); r.dispatchEvent(new Event("input"));',
    );
    results.slider_step = { median: median(slider), p95: p95(slider) };
    const popover = await interaction(
      '<p><glossary-term term="reassurance">安心供与</glossary-term></p>',
      'const t = el.querySelector("glossary-term").shadowRoot.querySelector("[data-testid=glossary-trigger]"); t.click();',
    );
    // Every other click closes: keep the opening ones.
    const opens = popover.filter((_, i) => i % 2 === 0);
    results.popover_open = { median: median(opens), p95: p95(opens) };
    if (has.map) {
      const ids = ["taiwan", "korean-peninsula", "south-china-sea", "east-china-sea"];
      const select = await interaction(
        '<hotspot-map lang="en"></hotspot-map>',
        `el.setAttribute("hotspot", ${JSON.stringify(ids)}[i % 4]);`,
      );
      results.hotspot_select = { median: median(select), p95: p95(select) };
    }

    // Scale: 50 mixed widgets; 200 glossary terms.
    results.scale_50 = await page.evaluate(async (hasMap) => {
      document.body.innerHTML = "";
      const kinds = ["glossary-term", "deterrence-slider", ...(hasMap ? ["hotspot-map"] : [])];
      const t0 = performance.now();
      for (let i = 0; i < 50; i++) {
        const el = document.createElement(kinds[i % kinds.length]);
        if (el.localName === "glossary-term") { el.setAttribute("term", "deterrence"); el.textContent = "抑止"; }
        document.body.append(el);
      }
      await new Promise((r) => { const tick = () => (document.querySelectorAll("[data-ready]").length === 50 ? r() : requestAnimationFrame(tick)); tick(); });
      const mount = performance.now() - t0;
      await new Promise((r) => setTimeout(r, 200));
      return { mount, heap: performance.memory?.usedJSHeapSize ?? null };
    }, has.map);
    results.scale_200_terms = await page.evaluate(async () => {
      document.body.innerHTML = "";
      const p = document.createElement("p");
      const ids = ["reassurance", "deterrence", "security-dilemma", "fonop", "asean"];
      const t0 = performance.now();
      for (let i = 0; i < 200; i++) {
        const el = document.createElement("glossary-term");
        el.setAttribute("term", ids[i % ids.length]);
        el.textContent = "term " + i;
        p.append(el, " ");
      }
      document.body.append(p);
      await new Promise((r) => { const tick = () => (document.querySelectorAll("glossary-term[data-ready]").length === 200 ? r() : requestAnimationFrame(tick)); tick(); });
      return { mount: performance.now() - t0 };
    });

    // The glossary scope on a 20,000-character Japanese article.
    const { html, chars } = article(20000);
    const scope = [];
    for (let i = 0; i < RUNS; i++) {
      scope.push(
        await page.evaluate(async (html) => {
          document.body.innerHTML = "";
          const s = document.createElement("glossary-scope");
          s.innerHTML = html;
          const t0 = performance.now();
          document.body.append(s);
          await new Promise((r) => { const tick = () => (s.hasAttribute("data-terms-marked") ? r() : setTimeout(tick, 0)); tick(); });
          return { ms: performance.now() - t0, marked: Number(s.getAttribute("data-terms-marked")) };
        }, html),
      );
    }
    results.scope = { chars, marked: scope[0].marked, median: median(scope.map((s) => s.ms)) };
  } finally {
    await browser.close();
    await host.close();
    await bundle.close();
  }

  {
    const browser = await launch();
    try {
      results.slow4g = await slow4g(browser, { runs: RUNS });
    } finally {
      await browser.close();
    }
  }
  results.scenarios = await scenarios();
  results.first_popover = results.scenarios.firstPopover;
  results.no_bundle = results.scenarios.noBundle;
  results.lighthouse = await lighthouse(5);
  // A longest task of 0: none over 50 ms (the long-task API's threshold).
  // The longest rendering (style, layout, paint) of one frame, which the long-task API
  // leaves out: 0 when no frame took over 50 ms (the Long Animation Frames threshold).
  const longest = (r) =>
    `longest main-thread task at 4x CPU ${r.longest_x4 ? ms(r.longest_x4) : "under 50 ms"}; longest rendering of a frame ${r.render_x4 ? ms(r.render_x4) : "under 50 ms"}`;
  const rows = [
    ...results.scenarios.map((r) => [r.what, `**${kb(r.bytes)} brotli**${r.target ? ` (target ${kb(r.target)})` : ""}; ${longest(r)}`]),
    [results.no_bundle.what, longest(results.no_bundle)],
    ["first popover after focus (cold cache, loopback, no throttling)", ms(results.first_popover)],
    [
      "first popover after focus, slow 4G (150 ms, 200,000 B/s down; brotli, cold cache, 1x CPU)",
      `${ms(results.slow4g.firstMedian)}; a second term's popover after it ${ms(results.slow4g.secondMedian)}`,
    ],
    [
      `the teaching page under Lighthouse ${"12.8"} (mobile defaults, brotli, median of ${results.lighthouse.runs})`,
      `performance **${results.lighthouse.score}**, total blocking time ${ms(results.lighthouse.tbt)}`,
    ],
    ["load → first term interactive (a trigger, before any wasm)", `${ms(results.load_x1)} (4x CPU throttling: ${ms(results.load_x4)})`],
    ["slider step (script)", `median ${ms(results.slider_step.median)}, p95 ${ms(results.slider_step.p95)}`],
    ["hotspot selection (script)", results.hotspot_select ? `median ${ms(results.hotspot_select.median)}, p95 ${ms(results.hotspot_select.p95)}` : "n/a (no map in this build)"],
    ["popover open (script)", `median ${ms(results.popover_open.median)}, p95 ${ms(results.popover_open.p95)}`],
    ["50 mixed widgets: mount, heap", `${ms(results.scale_50.mount)}, ${results.scale_50.heap ? kb(results.scale_50.heap) : "n/a"} JS heap`],
    ["200 glossary terms: all interactive (triggers)", ms(results.scale_200_terms.mount)],
    [`glossary scope, ${results.scope.chars}-character article`, `${ms(results.scope.median)} (${results.scope.marked} terms marked)`],
  ];
  const table = [
    `Measured ${results.date.slice(0, 10)} on ${results.machine}, ${results.browser} (headless), median of ${RUNS} runs where repeated.`,
    "",
    "| measure | result |",
    "| --- | --- |",
    ...rows.map(([a, b]) => `| ${a} | ${b} |`),
  ].join("\n");
  console.log(table);
  await mkdir("bench/results", { recursive: true });
  await writeFile("bench/results/latest.json", JSON.stringify(results, null, 2));
  const doc = await readFile(TABLE_DOC, "utf8");
  const marked = doc.replace(TABLE_BLOCK, `<!-- bench:start -->\n${table}\n<!-- bench:end -->`);
  if (marked !== doc) await writeFile(TABLE_DOC, marked);
}

await main();
