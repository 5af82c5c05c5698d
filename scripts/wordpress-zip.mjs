// The WordPress plugin as the zip that Plugins → Add New → Upload Plugin takes: one folder,
// east-asia-explainers/, holding wordpress/east-asia-explainers.php. Entries are stored
// (not compressed) with a fixed date, so the same plugin file always gives the same
// bytes. scripts/bundle.mjs (`make build`) writes it as dist/wordpress/east-asia-explainers.zip,
// which the package carries (a CDN serves it at the version's pinned URL); `npm pack`'s
// prepack (scripts/sync-version.mjs --dist) checks it holds the current plugin file.
//
//   node scripts/wordpress-zip.mjs [dist]

import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/** The plugin file, relative to the repository. */
export const PLUGIN = "wordpress/east-asia-explainers.php";
/** The zip, relative to dist/. */
export const ZIP = "wordpress/east-asia-explainers.zip";
/** The plugin's folder inside the zip (WordPress names the plugin by it). */
export const FOLDER = "east-asia-explainers/";

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** CRC-32 (the zip format's, IEEE). */
export function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

// 1980-01-01 00:00, the format's first date.
const DOS_TIME = 0;
const DOS_DATE = (1 << 5) | 1;

/**
 * A zip of `entries` ([name, bytes]; a name ending in "/" is a folder), stored.
 * @param {[string, Buffer][]} entries
 * @returns {Buffer}
 */
export function zip(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const [name, data = Buffer.alloc(0)] of entries) {
    const nameBytes = Buffer.from(name, "utf8");
    const folder = name.endsWith("/");
    const crc = crc32(data);
    // The local header and the central directory's entry share a run of fields.
    const shared = (buf, at) => {
      buf.writeUInt16LE(10, at); // version needed: 1.0 (stored)
      buf.writeUInt16LE(0x0800, at + 2); // names are UTF-8
      buf.writeUInt16LE(0, at + 4); // stored
      buf.writeUInt16LE(DOS_TIME, at + 6);
      buf.writeUInt16LE(DOS_DATE, at + 8);
      buf.writeUInt32LE(crc, at + 10);
      buf.writeUInt32LE(data.length, at + 14);
      buf.writeUInt32LE(data.length, at + 18);
      buf.writeUInt16LE(nameBytes.length, at + 22);
    };
    const local = Buffer.alloc(30); // extra field length: 0
    local.writeUInt32LE(0x04034b50, 0);
    shared(local, 4);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE((3 << 8) | 20, 4); // made by: Unix, 2.0
    shared(central, 6);
    // extra, comment, disk, internal attributes: 0
    central.writeUInt32LE((((folder ? 0o40755 : 0o100644) << 16) | (folder ? 0x10 : 0)) >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/**
 * The stored entries of a zip written by `zip` (name → bytes); throws on anything else
 * (compressed entries, a bad CRC).
 * @param {Buffer} buf
 * @returns {Map<string, Buffer>}
 */
export function unzipStored(buf) {
  const end = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error("not a zip (no end of central directory)");
  const count = buf.readUInt16LE(end + 10);
  let at = buf.readUInt32LE(end + 16);
  const out = new Map();
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(at) !== 0x02014b50) throw new Error("bad central directory");
    const method = buf.readUInt16LE(at + 10);
    const crc = buf.readUInt32LE(at + 16);
    const size = buf.readUInt32LE(at + 20);
    const nameLength = buf.readUInt16LE(at + 28);
    const skip = nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
    const name = buf.subarray(at + 46, at + 46 + nameLength).toString("utf8");
    const local = buf.readUInt32LE(at + 42);
    if (method !== 0) throw new Error(`${name}: compressed (method ${method})`);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(start, start + size);
    if (crc32(data) !== crc) throw new Error(`${name}: CRC mismatch`);
    out.set(name, data);
    at += 46 + skip;
  }
  return out;
}

/** The plugin's zip for the plugin file as it is now. */
export function pluginZip() {
  return zip([[FOLDER], [FOLDER + "east-asia-explainers.php", readFileSync(join(root, PLUGIN))]]);
}

/** Writes `dist`/wordpress/east-asia-explainers.zip; returns its path. */
export function writePluginZip(dist) {
  const path = join(dist, ZIP);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, pluginZip());
  return path;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(`wordpress-zip: wrote ${writePluginZip(join(root, process.argv[2] ?? "dist"))}`);
}
