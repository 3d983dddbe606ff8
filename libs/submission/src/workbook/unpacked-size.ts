import { inflateRawSync } from 'node:zlib';

/** More than any tables workbook needs (邯郸's nine tables unpack to well under 1 MB). */
export const MAX_UNPACKED_BYTES = 20 * 1024 * 1024;

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

/**
 * What an .xlsx (a zip) unpacks to, counted by actually inflating each entry with a cap, so a zip
 * bomb or a header that lies about sizes is stopped here, before the spreadsheet reader inflates
 * it all into memory. Returns a problem, or undefined when the file may be read.
 */
export function unpackedSizeProblem(bytes: Buffer, limit = MAX_UNPACKED_BYTES): string | undefined {
  const end = findEndOfDirectory(bytes);
  if (end < 0) return 'the file is not an .xlsx workbook';
  const entries = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  let total = 0;
  for (let i = 0; i < entries; i++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== DIRECTORY_ENTRY)
      return 'the file is not an .xlsx workbook';
    const method = bytes.readUInt16LE(at + 10);
    const compressedSize = bytes.readUInt32LE(at + 20);
    const local = bytes.readUInt32LE(at + 42);
    at += 46 + bytes.readUInt16LE(at + 28) + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    if (local + 30 > bytes.length || bytes.readUInt32LE(local) !== LOCAL_HEADER)
      return 'the file is not an .xlsx workbook';
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const data = bytes.subarray(start, start + compressedSize);
    if (method === STORED) total += data.length;
    else if (method === DEFLATED) {
      try {
        total += inflateRawSync(data, { maxOutputLength: Math.max(1, limit - total) }).length;
      } catch {
        return `the workbook unpacks to more than ${limit / 1024 / 1024} MB, or is damaged`;
      }
    } else return 'the workbook uses a compression method Excel does not write';
    if (total > limit) return `the workbook unpacks to more than ${limit / 1024 / 1024} MB`;
  }
  return undefined;
}

/** The end-of-central-directory record: the last 22 bytes, or earlier when a comment follows it. */
function findEndOfDirectory(bytes: Buffer): number {
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (bytes.readUInt32LE(at) === END_OF_DIRECTORY) return at;
  }
  return -1;
}
