/**
 * Sets every entry's modification time in a ZIP archive (an .xlsx) to one fixed instant. The zip
 * library stamps entries with the wall clock, which would make two renders of the same model
 * differ byte for byte and defeat content hashing. Walks the central directory (never scans
 * compressed data for signatures); CRCs are unaffected since only header fields change.
 */
export const withFixedZipTimestamps = (zip: Buffer, at: Date): Buffer => {
  const out = Buffer.from(zip);
  const eocd = findEndOfCentralDirectory(out);
  const entries = out.readUInt16LE(eocd + 10);
  let offset = out.readUInt32LE(eocd + 16);
  const { time, date } = dosDateTime(at);
  for (let i = 0; i < entries; i++) {
    if (out.readUInt32LE(offset) !== 0x02014b50) throw new Error('xlsx: malformed central directory');
    out.writeUInt16LE(time, offset + 12);
    out.writeUInt16LE(date, offset + 14);
    const local = out.readUInt32LE(offset + 42);
    if (out.readUInt32LE(local) !== 0x04034b50) throw new Error('xlsx: malformed local header');
    out.writeUInt16LE(time, local + 10);
    out.writeUInt16LE(date, local + 12);
    offset +=
      46 + out.readUInt16LE(offset + 28) + out.readUInt16LE(offset + 30) + out.readUInt16LE(offset + 32);
  }
  return out;
};

const findEndOfCentralDirectory = (zip: Buffer): number => {
  // The record is 22 bytes plus a comment of at most 65535.
  for (let offset = zip.length - 22; offset >= Math.max(0, zip.length - 22 - 0xffff); offset--) {
    if (zip.readUInt32LE(offset) === 0x06054b50) return offset;
  }
  throw new Error('xlsx: end of central directory not found');
};

/** MS-DOS date and time (2-second resolution, years from 1980), in UTC. */
const dosDateTime = (at: Date): { time: number; date: number } => ({
  time: (at.getUTCHours() << 11) | (at.getUTCMinutes() << 5) | Math.floor(at.getUTCSeconds() / 2),
  date: ((Math.max(at.getUTCFullYear(), 1980) - 1980) << 9) | ((at.getUTCMonth() + 1) << 5) | at.getUTCDate(),
});
