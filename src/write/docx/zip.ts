// A ZIP writer for DOCX packages, deflating with Node's native zlib. Why not docx's own zip: it
// deflates in JavaScript (fflate), which cost the 2022 plan's render about 80 ms of CPU; zlib does
// the same in a few. The format (PKWARE APPNOTE 6.3, sections 4.3.7, 4.3.12, 4.3.16) is small:
// per file a local header and its data, then the central directory and its end record. No
// ZIP64 (a DOCX is far below 4 GiB and 65,535 parts; larger input is refused), no comments, no
// extra fields, no data descriptors — what Word, LibreOffice and the OPC specification
// (ECMA-376 Part 2) expect. Every entry carries the document's date, so the same parts always
// give the same bytes.
// A namespace import: zlib.crc32 only exists from Node 20.15, and a missing named import would fail to link.
import * as zlib from "node:zlib";

export interface ZipEntry {
  /** Path inside the package, "/"-separated, ASCII (OPC part names). */
  path: string;
  data: Uint8Array;
}

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL = 0x06054b50;
const STORED = 0;
const DEFLATED = 8;
// "Version needed to extract": 2.0, the version that introduced DEFLATE (APPNOTE 4.4.3).
const VERSION = 20;
const LIMIT = 0xffff_ffff;

/** The entries as one ZIP file, in the order given, each dated `date` (UTC, as DOCX writers do). */
export function zipEntries(entries: readonly ZipEntry[], date: Date): Buffer {
  if (entries.length > 0xffff) throw new Error(`zipEntries: ${entries.length} entries need ZIP64`);
  const [time, day] = dosDateTime(date);
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.path, "utf8");
    const deflated = zlib.deflateRawSync(entry.data);
    // A part that does not shrink (an already compressed image) is stored as it is.
    const [method, body] = deflated.length < entry.data.length ? [DEFLATED, deflated] : [STORED, Buffer.from(entry.data)];
    const crc = crc32(entry.data);
    if (entry.data.length > LIMIT || offset > LIMIT) throw new Error(`zipEntries: ${entry.path} needs ZIP64`);
    const fields: FileFields = { method, time, day, crc, compressed: body.length, size: entry.data.length, nameLength: name.length };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL_HEADER, 0);
    writeFileFields(local, 4, fields);
    // extra field length: 0 (Buffer.alloc)
    const central = Buffer.alloc(46);
    central.writeUInt32LE(CENTRAL_HEADER, 0);
    central.writeUInt16LE(VERSION, 4); // made by: MS-DOS attributes, 2.0
    writeFileFields(central, 6, fields);
    // extra, comment, disk number, internal and external attributes: all 0 (Buffer.alloc)
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  if (offset > LIMIT || directory.length > LIMIT) throw new Error("zipEntries: the package needs ZIP64");
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END_OF_CENTRAL, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

interface FileFields {
  method: number;
  time: number;
  day: number;
  crc: number;
  compressed: number;
  size: number;
  nameLength: number;
}

/** The fields a local header (from byte 4) and a central header (from byte 6) share, in order. */
function writeFileFields(header: Buffer, at: number, f: FileFields): void {
  header.writeUInt16LE(VERSION, at);
  header.writeUInt16LE(0, at + 2); // flags: none
  header.writeUInt16LE(f.method, at + 4);
  header.writeUInt16LE(f.time, at + 6);
  header.writeUInt16LE(f.day, at + 8);
  header.writeUInt32LE(f.crc, at + 10);
  header.writeUInt32LE(f.compressed, at + 14);
  header.writeUInt32LE(f.size, at + 18);
  header.writeUInt16LE(f.nameLength, at + 22);
}

/** MS-DOS time and date (the zip format's), from the date's UTC fields; it only spans 1980–2107. */
export function dosDateTime(instant: Date): [time: number, date: number] {
  const d = new Date(Math.min(Math.max(instant.getTime(), Date.UTC(1980, 0, 1)), Date.UTC(2107, 11, 31)));
  return [
    (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | (d.getUTCSeconds() >> 1),
    ((d.getUTCFullYear() - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
  ];
}

/** CRC-32 (ISO-HDLC, the zip format's): zlib's where Node has it (20.15+), else a table. */
export function crc32(data: Uint8Array): number {
  return typeof zlib.crc32 === "function" ? zlib.crc32(data) : tableCrc32(data);
}

let table: Uint32Array | undefined;

export function tableCrc32(data: Uint8Array): number {
  table ??= Uint32Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  let crc = 0xffffffff;
  for (const byte of data) crc = (table[(crc ^ byte) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
