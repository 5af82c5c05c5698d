// A small static file server for `make serve`, the end-to-end tests and the benchmark: serves a
// directory on 127.0.0.1 with the right MIME types (application/wasm matters), CORS
// headers so another origin can load the bundle, and optional extra headers (CSP).
// With `production`, it serves as docs/embedding/README.md tells a host to: brotli when the browser
// accepts it, hashed files cached as immutable and the stable URLs for five minutes
// (the tests use the default, `no-store`, so every load is cold).

import { createServer } from "node:http";
import { brotliCompressSync, constants } from "node:zlib";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { HASHED } from "./hashed.mjs";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
};

/**
 * Serves `root` on 127.0.0.1 (port 0 = any free port).
 * @returns {Promise<{url: string, close: () => Promise<void>}>}
 */
const COMPRESSIBLE = new Set([".html", ".js", ".mjs", ".css", ".wasm", ".json", ".svg"]);

export async function serve(root, { port = 0, headers = {}, production = false } = {}) {
  const base = resolve(root);
  const compressed = new Map();
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
      let file = normalize(join(base, path));
      if (!file.startsWith(base)) {
        res.writeHead(403).end();
        return;
      }
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, "index.html");
      let body = await readFile(file);
      const extra = {};
      if (production) {
        extra["cache-control"] = HASHED.test(file) ? "public, max-age=31536000, immutable" : "public, max-age=300";
        if (COMPRESSIBLE.has(extname(file)) && /\bbr\b/.test(req.headers["accept-encoding"] ?? "")) {
          if (!compressed.has(file)) compressed.set(file, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
          body = compressed.get(file);
          extra["content-encoding"] = "br";
          extra.vary = "accept-encoding";
        }
      }
      res.writeHead(200, {
        "content-type": TYPES[extname(file)] ?? "application/octet-stream",
        "access-control-allow-origin": "*",
        "cache-control": "no-store",
        ...extra,
        ...headers,
      });
      res.end(body);
    } catch {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
    }
  });
  await new Promise((ok) => server.listen(port, "127.0.0.1", ok));
  const { port: bound } = server.address();
  return {
    url: `http://127.0.0.1:${bound}/`,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}

// `node scripts/serve.mjs DIR PORT` serves DIR until stopped.
if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = "dist", port = "8080"] = process.argv.slice(2);
  const { url } = await serve(dir, { port: Number(port), production: true });
  console.log(`serving ${dir} at ${url}`);
}
