// The keys a big data table is carried by in the loader instead of its ids (the
// glossary's 117 entries: 0.55 KB brotli less on every page). A key is FNV-1a over the
// id's UTF-16 code units, folded to 24 bits, as six hex digits; the table's keys are
// one string, in the order of its ids. The bundler writes the keys (`keyed`), the
// loader finds an id's place by them (`keyIndex`; the bundler includes this module in
// the loader, and only what the loader uses).
//
// The loader still knows at load which ids exist (an unknown term stays plain text)
// and where each one's integrity check is. An unknown id whose key one of the table's
// ids has (about one typo in 140,000) fails at intent instead, with the same warning.

/** The six-hex-digit key of `id`. */
export function termKey(id) {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return ((h ^ (h >>> 24)) & 0xffffff).toString(16).padStart(6, "0");
}

/** Where `id` is in a table's `keys`, or -1. */
export function keyIndex(keys, id) {
  const key = termKey(id);
  for (let i = 0; i < keys.length; i += 6) if (keys.startsWith(key, i)) return i / 6;
  return -1;
}

/**
 * The table `{ ids, ...rest }` as the loader carries it: `{ ...rest, keys }`. Throws
 * when two ids share a key (`name` is the table's, for the message): rename one.
 */
export function keyed(name, { ids, ...rest }) {
  const seen = new Map();
  for (const id of ids) {
    const key = termKey(id);
    if (seen.has(key)) throw new Error(`${name}: the ids "${seen.get(key)}" and "${id}" share the key ${key}; rename one`);
    seen.set(key, id);
  }
  return { ...rest, keys: [...seen.keys()].join("") };
}
