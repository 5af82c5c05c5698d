// Serves the built bundle and a host page (from tests/e2e/pages/, with BUNDLE/
// replaced by the bundle's URL) on two different origins.

import { readFile, readdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve } from "../../scripts/serve.mjs";

export async function servePages({ headers = {} } = {}) {
  const bundle = await serve("dist");
  const dir = await mkdtemp(join(tmpdir(), "host-"));
  for (const name of await readdir("tests/e2e/pages")) {
    const page = await readFile(join("tests/e2e/pages", name), "utf8");
    await writeFile(join(dir, name), page.replaceAll("BUNDLE/", bundle.url));
  }
  const host = await serve(dir, { headers });
  return {
    bundle,
    host,
    close: async () => {
      await host.close();
      await bundle.close();
    },
  };
}
