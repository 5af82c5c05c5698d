// The public base URL the link cards' absolute addresses start from (`make build
// PUBLIC_URL=https://example.org/explainers/`): checked here, in one place.

/**
 * `raw` as the base URL of the deployed `dist/`, or an Error naming what is wrong.
 * It must be https (or http on 127.0.0.1, for the tests), end with `/` (it is a folder:
 * `ja/` and `card.png` are resolved against it) and carry no query, fragment or
 * credentials. An empty or missing value is `null`: no public URL.
 * @param {string | undefined} raw
 * @returns {string | null | Error}
 */
export function parsePublicUrl(raw) {
  const text = String(raw ?? "").trim();
  if (text === "") return null;
  const bad = (why) => new Error(`PUBLIC_URL=${JSON.stringify(text)}: ${why}, e.g. PUBLIC_URL=https://example.org/explainers/`);
  let url;
  try {
    url = new URL(text);
  } catch {
    return bad("not an absolute URL");
  }
  if (url.protocol === "http:" && url.hostname !== "127.0.0.1") return bad("must be https (http only on 127.0.0.1, for tests)");
  if (url.protocol !== "https:" && url.protocol !== "http:") return bad("must be https");
  if (url.username || url.password) return bad("must carry no user name or password");
  if (url.search || text.includes("?")) return bad("must have no query");
  if (url.hash || text.includes("#")) return bad("must have no fragment");
  if (!text.endsWith("/")) return bad("must end with / (the folder dist/ is served from)");
  return url.href;
}
