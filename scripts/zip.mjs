// The entries of a zip archive (a .vsix is one), read from its central directory; no dependency needed.

/** Name, uncompressed and compressed size of every entry, in archive order. */
export function listZip(buffer) {
  // The end-of-central-directory record sits in the last 22 bytes plus an optional comment (up to 64 KB).
  let eocd = -1;
  for (let i = buffer.length - 22; i >= Math.max(0, buffer.length - 22 - 0xffff); i--) {
    if (buffer.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip archive (no end-of-central-directory record)');
  const count = buffer.readUInt16LE(eocd + 10);
  let at = buffer.readUInt32LE(eocd + 16);
  const entries = [];
  for (let n = 0; n < count; n++) {
    if (buffer.readUInt32LE(at) !== 0x02014b50) throw new Error(`bad central directory entry at byte ${at}`);
    const compressed = buffer.readUInt32LE(at + 20);
    const size = buffer.readUInt32LE(at + 24);
    const nameLength = buffer.readUInt16LE(at + 28);
    const extraLength = buffer.readUInt16LE(at + 30);
    const commentLength = buffer.readUInt16LE(at + 32);
    entries.push({ name: buffer.toString('utf8', at + 46, at + 46 + nameLength), size, compressed });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}
