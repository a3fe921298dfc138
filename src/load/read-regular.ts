// Reads the bytes of an input file, refusing anything that is not a regular file and anything
// larger than the limit, before a byte is read. A FIFO given as a plan would block `check` for
// ever, /dev/zero would fill the memory; a stray multi-gigabyte file would do the same slowly.
// The file is opened non-blocking (opening a FIFO with no writer returns at once), then judged by
// fstat of that same descriptor, so what is checked is what is read.
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from "node:fs";
import { open } from "node:fs/promises";

/** Default read limit: far above any real plan or log (a 100,000-entry log is ~25 MB). */
export const DEFAULT_LIMIT_MB = 256;
let limitBytes = DEFAULT_LIMIT_MB * 1024 * 1024;

/** Sets the read limit from the project's config (limits.fileSizeMB). */
export function setReadLimitMb(mb: number): void {
  limitBytes = mb * 1024 * 1024;
}

export class SourceRefused extends Error {
  readonly code = "EREFUSED";
  constructor(
    readonly reason: "not-regular" | "too-large",
    readonly kind: string,
    readonly size = 0,
    readonly limit = 0,
  ) {
    super(`refused to read: ${reason}`);
  }
}

const FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

function judge(st: Stats): void {
  if (st.isDirectory()) throw Object.assign(new Error("is a directory"), { code: "EISDIR" });
  if (!st.isFile()) throw new SourceRefused("not-regular", kindOf(st));
  if (st.size > limitBytes) throw new SourceRefused("too-large", "file", st.size, limitBytes);
}

function kindOf(st: Stats): string {
  if (st.isFIFO()) return "đường ống FIFO";
  if (st.isCharacterDevice() || st.isBlockDevice()) return "thiết bị";
  if (st.isSocket()) return "socket";
  return "không phải tệp";
}

export async function readRegularFile(path: string): Promise<Buffer> {
  const handle = await open(path, FLAGS);
  try {
    judge(await handle.stat());
    return await readCapped((buf, at) => handle.read(buf, at, buf.length - at, null).then((r) => r.bytesRead));
  } finally {
    await handle.close();
  }
}

export function readRegularFileSync(path: string): Buffer {
  const fd = openSync(path, FLAGS);
  try {
    judge(fstatSync(fd));
    let out = Buffer.alloc(0);
    // The sync twin of readCapped (config and notes: small files).
    const chunk = Buffer.alloc(64 * 1024);
    for (;;) {
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) return out;
      out = Buffer.concat([out, chunk.subarray(0, n)]);
      if (out.length > limitBytes) throw new SourceRefused("too-large", "file", out.length, limitBytes);
    }
  } finally {
    closeSync(fd);
  }
}

/** Reads to the end, never past the limit (a file may grow after fstat). */
async function readCapped(read: (buf: Buffer, at: number) => Promise<number>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const buf = Buffer.alloc(Math.min(4 * 1024 * 1024, limitBytes + 1 - total));
    const n = await read(buf, 0);
    if (n === 0) return Buffer.concat(chunks, total);
    chunks.push(n === buf.length ? buf : buf.subarray(0, n));
    total += n;
    if (total > limitBytes) throw new SourceRefused("too-large", "file", total, limitBytes);
  }
}
